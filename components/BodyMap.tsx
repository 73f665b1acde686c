import type { BodyArea } from '@/lib/content/schema';
import type { Condition } from '@/lib/content/queries';
import { uiText } from '@/lib/ui-text';

/** The drawn shape of each body area on a simple front-facing figure (viewBox 0 0 200 400). */
const SHAPES: Partial<Record<BodyArea, string>> = {
  head: 'M100 8a26 26 0 1 1 0 52a26 26 0 1 1 0-52z',
  neck: 'M88 60h24v18H88z',
  'shoulder-arm': 'M52 80h24v110H52zM124 80h24v110h-24z',
  'upper-back': 'M76 78h48v62H76z',
  'lower-back': 'M76 140h48v40H76z',
  'hip-buttock': 'M72 180h56v34H72z',
  'leg-knee': 'M74 214h24v140H74zM102 214h24v140h-24z',
  foot: 'M66 354h32v18H66zM102 354h32v18h-32z',
};

/**
 * "Where does it hurt?": a body map whose areas link to the lists below it, and the same
 * lists as plain text. Both work without JavaScript; the lists are the accessible original.
 */
export function BodyMap({ groups }: { groups: { key: BodyArea; items: Condition[] }[] }) {
  const text = uiText.bodyMap;
  return (
    <section aria-labelledby="where-does-it-hurt" className="my-8">
      <h2 id="where-does-it-hurt" className="text-2xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-2">{text.intro}</p>
      <div className="mt-4 grid gap-6 sm:grid-cols-[12rem_1fr]">
        <svg
          viewBox="0 0 200 400"
          className="body-map mx-auto w-40 sm:w-48 print:hidden"
          role="group"
          aria-label={text.mapLabel}
        >
          {groups
            .filter((group) => SHAPES[group.key])
            .map((group) => (
              <a
                key={group.key}
                href={`#area-${group.key}`}
                aria-label={uiText.bodyAreas[group.key]}
              >
                <title>{uiText.bodyAreas[group.key]}</title>
                <path d={SHAPES[group.key]} />
              </a>
            ))}
        </svg>
        <div>
          {groups.map((group) => (
            <div key={group.key} id={`area-${group.key}`} className="mb-4 scroll-mt-4">
              <h3 className="text-xl font-bold">{uiText.bodyAreas[group.key]}</h3>
              <ul className="mt-1 list-disc pl-6">
                {group.items.map((condition) => (
                  <li key={condition.slug}>
                    <a href={condition.url}>{condition.title}</a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
