import { notFound } from 'next/navigation';
import { BodyMap } from '@/components/BodyMap';
import { PageIntro } from '@/components/PageIntro';
import { PageList } from '@/components/PageList';
import { bodyAreaPath } from '@/lib/body-map';
import { conditionsInBodyArea } from '@/lib/content/queries';
import { BODY_AREAS, type BodyArea } from '@/lib/content/schema';
import { BODY_MAP_PATH } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { uiText } from '@/lib/ui-text';

const text = uiText.bodyMap;
type Params = { params: Promise<{ area: string }> };

const areaOf = (key: string): BodyArea | undefined => BODY_AREAS.find((area) => area === key);

export const dynamicParams = false;
export const generateStaticParams = () => BODY_AREAS.map((area) => ({ area }));

export async function generateMetadata({ params }: Params) {
  const area = areaOf((await params).area);
  if (!area) return {};
  return pageMetadata({
    title: text.areaTitle(uiText.bodyAreas[area]),
    description: text.areaIntro(uiText.bodyAreas[area]),
    path: bodyAreaPath(area),
    noindex: conditionsInBodyArea(area).length === 0,
  });
}

/**
 * One body area chosen on the map: its conditions with their descriptions first, then the
 * map with the area marked, to choose another. Every area has a page, even with nothing in it.
 */
export default async function BodyAreaPage({ params }: Params) {
  const area = areaOf((await params).area);
  if (!area) notFound();
  const name = uiText.bodyAreas[area];
  const conditions = conditionsInBodyArea(area);
  return (
    <>
      <PageIntro
        title={text.areaTitle(name)}
        path={bodyAreaPath(area)}
        intro={text.areaIntro(name)}
        trail={[{ label: text.heading, href: BODY_MAP_PATH }]}
      />
      <div className="grid gap-8 md:grid-cols-[1fr_22rem]">
        <section aria-labelledby="area-conditions">
          <h2 id="area-conditions" className="mb-2 text-2xl font-bold">
            {uiText.collections.conditions.title}
          </h2>
          {conditions.length === 0 ? (
            <p className="text-lg">
              {text.empty} <a href="/conditions">{text.allConditions}</a>
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
}
