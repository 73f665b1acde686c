import { BodyMap } from '@/components/BodyMap';
import { PageIntro } from '@/components/PageIntro';
import { bodyAreaPath } from '@/lib/body-map';
import { conditionsByBodyArea } from '@/lib/content/queries';
import { BODY_MAP_PATH } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.bodyMap;

export const metadata = pageMetadata({
  title: text.heading,
  description: text.intro,
  path: BODY_MAP_PATH,
});

/** The body map, with the same choices beside it as a plain list of areas and their conditions. */
export default function BodyMapPage() {
  return (
    <>
      <PageIntro title={text.heading} path={BODY_MAP_PATH} intro={text.intro} />
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
                <a href={bodyAreaPath(group.key)}>{uiText.bodyAreas[group.key]}</a>
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
}
