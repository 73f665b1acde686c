/** "Where does it hurt?": the body map, and a page per body area. */
import { notFound } from 'next/navigation';
import { BodyMap } from '@/components/BodyMap';
import { PageIntro } from '@/components/PageIntro';
import { PageList } from '@/components/PageList';
import { conditionsByBodyArea, conditionsInBodyArea } from '@/lib/content/queries';
import { BODY_AREAS, type BodyArea } from '@/lib/content/schema';
import { BODY_MAP_PATH, bodyAreaPath } from '@/lib/content/site-paths';
import { areaSlug } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { requestLocale, sitePath } from '@/lib/request-locale';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';
import { fixedRoute } from './fixed-route';
import type { Route } from './route-in';

/** The body map, with the same choices beside it as a plain list of areas and their conditions. */
export const bodyMapRoute: Route = {
  card: () => [siteConfig.siteName, uiText.bodyMap.heading],
  ...fixedRoute(BODY_MAP_PATH, () => ({
    title: uiText.bodyMap.heading,
    description: uiText.bodyMap.intro,
  })),
  Page: () => {
    const text = uiText.bodyMap;
    return (
      <>
        <PageIntro title={text.heading} path={sitePath(BODY_MAP_PATH)} intro={text.intro} />
        <div className="grid gap-8 md:grid-cols-[22rem_1fr]">
          <div className="md:sticky md:top-4 md:self-start">
            <BodyMap />
          </div>
          <section aria-labelledby="body-areas">
            <h2 id="body-areas" className="text-2xl font-bold">
              {text.areasHeading}
            </h2>
            {conditionsByBodyArea().map((group) => (
              <div key={group.key} className="mt-4">
                <h3 className="text-xl font-bold">
                  <a href={sitePath(bodyAreaPath(group.key))}>{uiText.bodyAreas[group.key]}</a>
                </h3>
                <ul className="mt-1 list-disc pl-6">
                  {group.items.map((condition) => (
                    <li key={condition.slug}>
                      <a href={condition.url}>{condition.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </div>
      </>
    );
  },
};

type AreaParams = { area: string };

/** The body area a route parameter names, in the language being built. */
const areaOf = ({ area }: AreaParams): BodyArea | undefined =>
  BODY_AREAS.find((key) => areaSlug(key, requestLocale()) === area);

/**
 * One body area chosen on the map: its conditions with their descriptions first, then the
 * map with the area marked, to choose another. Every area has a page, even with nothing in it.
 */
export const bodyAreaRoute: Route<AreaParams> = {
  card: (params) => {
    const area = areaOf(params);
    return [uiText.bodyMap.heading, area ? uiText.bodyAreas[area] : ''];
  },
  staticParams: () => BODY_AREAS.map((area) => ({ area: areaSlug(area, requestLocale()) })),
  path: (params) => {
    const area = areaOf(params);
    return area ? sitePath(bodyAreaPath(area)) : '';
  },
  metadata: (params) => {
    const area = areaOf(params);
    if (!area) return {};
    return pageMetadata({
      title: uiText.bodyMap.areaTitle(uiText.bodyAreas[area]),
      description: uiText.bodyMap.areaIntro(uiText.bodyAreas[area]),
      path: sitePath(bodyAreaPath(area)),
      noindex: conditionsInBodyArea(area).length === 0,
    });
  },
  Page: ({ params }) => {
    const area = areaOf(params);
    if (!area) notFound();
    const text = uiText.bodyMap;
    const name = uiText.bodyAreas[area];
    const conditions = conditionsInBodyArea(area);
    return (
      <>
        <PageIntro
          title={text.areaTitle(name)}
          path={sitePath(bodyAreaPath(area))}
          intro={text.areaIntro(name)}
          trail={[{ label: text.heading, href: sitePath(BODY_MAP_PATH) }]}
        />
        <div className="grid gap-8 md:grid-cols-[1fr_22rem]">
          <section aria-labelledby="area-conditions">
            <h2 id="area-conditions" className="mb-2 text-2xl font-bold">
              {uiText.collections.conditions.title}
            </h2>
            {conditions.length === 0 ? (
              <p className="text-lg">
                {text.empty} <a href={sitePath('/conditions')}>{text.allConditions}</a>
              </p>
            ) : (
              <PageList
                items={conditions.map((condition) => ({
                  href: condition.url,
                  title: condition.title,
                  description: condition.description,
                }))}
              />
            )}
          </section>
          <section
            aria-labelledby="choose-another"
            className="md:sticky md:top-4 md:self-start print:hidden"
          >
            <h2 id="choose-another" className="mb-2 text-2xl font-bold">
              {text.chooseAnother}
            </h2>
            <BodyMap chosen={area} />
          </section>
        </div>
      </>
    );
  },
};
