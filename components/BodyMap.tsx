import { StripePattern } from './StripePattern';
import { sitePath } from '@/lib/request-locale';
import {
  BODY_MAP_VIEWS,
  BODY_MAP_ZONES,
  bodyAreaPath,
  bodyOutlinePath,
  MAP_VIEWBOX,
  MAPPED_AREAS,
  UNMAPPED_AREAS,
  VIEW_DETAILS,
  VIEW_LABEL_Y,
  VIEW_WIDTH,
  viewOffset,
} from '@/lib/body-map';
import type { BodyArea } from '@/lib/content/schema';
import { uiText } from '@/lib/ui-text';

const text = uiText.bodyMap;
const OUTLINE_ID = 'body-map-outline';
const CLIP_ID = 'body-map-clip';
const HATCH_ID = 'body-map-hatch';

const current = (area: BodyArea, chosen?: BodyArea) =>
  area === chosen ? { 'aria-current': 'page' as const } : {};

/**
 * "Where does it hurt?": a person seen from the front and from the back, each body area a
 * link to the page listing its conditions, and the areas that are not one place (the whole
 * body) as links beside the figures. Plain links in HTML and SVG: it works by touch, mouse
 * and keyboard, without JavaScript. The chosen area is hatched and outlined, not only
 * coloured.
 */
export function BodyMap({ chosen }: { chosen?: BodyArea }) {
  return (
    <nav aria-label={text.mapLabel} className="body-map print:hidden">
      <ul className="body-map-choices">
        {UNMAPPED_AREAS.map((area) => (
          <li key={area}>
            <a
              href={sitePath(bodyAreaPath(area))}
              className="body-map-choice"
              {...current(area, chosen)}
            >
              {uiText.bodyAreas[area]}
            </a>
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${MAP_VIEWBOX.width} ${MAP_VIEWBOX.height}`}
        className="body-map-figure"
        role="group"
        aria-label={text.figuresLabel}
        data-chosen={chosen}
      >
        <defs>
          <path id={OUTLINE_ID} d={bodyOutlinePath()} />
          <clipPath id={CLIP_ID}>
            <use href={`#${OUTLINE_ID}`} />
          </clipPath>
          <StripePattern
            id={HATCH_ID}
            size={7}
            groundClass="bm-hatch-ground"
            stripeClass="bm-hatch-line"
          />
        </defs>
        {BODY_MAP_VIEWS.map((view) => (
          <use key={view} href={`#${OUTLINE_ID}`} x={viewOffset(view)} className="bm-body" />
        ))}
        {MAPPED_AREAS.map((area) => (
          <a
            key={area}
            href={sitePath(bodyAreaPath(area))}
            aria-label={uiText.bodyAreas[area]}
            {...current(area, chosen)}
          >
            <title>{uiText.bodyAreas[area]}</title>
            {BODY_MAP_VIEWS.flatMap((view) =>
              (BODY_MAP_ZONES[view][area] ?? []).map((zone, i) => {
                const placed = {
                  x: zone.x,
                  y: zone.y,
                  width: zone.width,
                  height: zone.height,
                  transform: `translate(${viewOffset(view)})`,
                };
                return (
                  <g key={`${view}-${i}`} data-view={view}>
                    {/* The whole rectangle takes taps; only its part inside the body is drawn. */}
                    <rect {...placed} className="bm-hit" />
                    <rect {...placed} className="bm-zone" clipPath={`url(#${CLIP_ID})`} />
                  </g>
                );
              }),
            )}
          </a>
        ))}
        {BODY_MAP_VIEWS.map((view) => (
          <g key={view} transform={`translate(${viewOffset(view)})`} className="bm-lines">
            <use href={`#${OUTLINE_ID}`} />
            <path d={VIEW_DETAILS[view]} className="bm-detail" />
            <text x={VIEW_WIDTH / 2} y={VIEW_LABEL_Y} textAnchor="middle" className="bm-label">
              {text.views[view]}
            </text>
          </g>
        ))}
      </svg>
    </nav>
  );
}
