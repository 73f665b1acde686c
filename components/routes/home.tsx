import { CareCards, fillNodes, PhoneLink } from '@/components/CareCard';
import { JsonLd } from '@/components/JsonLd';
import { breadcrumbList, medicalClinic } from '@/lib/structured-data';
import { PageList } from '@/components/PageList';
import { getConditions, getGuides, getProcedures, proceduresByKind } from '@/lib/content/queries';
import { BODY_MAP_PATH } from '@/lib/content/site-paths';
import { pageMetadata } from '@/lib/metadata';
import { requestLocale, sitePath } from '@/lib/request-locale';
import type { Route } from './route-in';
import { SECTION_IDS } from '@/lib/section-ids';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

const sections = [
  { path: '/conditions', key: 'conditions' },
  { path: '/procedures', key: 'procedures' },
  { path: '/guides', key: 'guides' },
  { path: '/faq', key: 'faqs' },
  { path: '/glossary', key: 'glossary' },
] as const;

/**
 * The home page leads with the four things a reader comes with: what to do in an emergency,
 * a search box, a procedure they have been booked for (by kind), and where it hurts. The
 * lists and guides follow.
 */
export const homeRoute: Route = {
  card: () => [uiText.nav.home, uiText.home.heading],
  path: () => sitePath('/'),
  metadata: () => ({
    ...pageMetadata({
      title: uiText.home.documentTitle(siteConfig.siteName),
      description: siteConfig.tagline[requestLocale()],
      path: sitePath('/'),
    }),
    title: { absolute: uiText.home.documentTitle(siteConfig.siteName) },
  }),
  Page: () => {
    const counts = {
      conditions: getConditions().length,
      procedures: getProcedures().length,
      guides: getGuides().length,
    };
    const { home } = uiText;
    return (
      <>
        <JsonLd
          data={[
            medicalClinic(siteConfig),
            breadcrumbList([{ label: uiText.nav.home, href: sitePath('/') }]),
          ]}
        />
        <h1>{home.heading}</h1>

        <p className="home-emergency">
          <strong>
            {fillNodes(home.emergency, {
              emergency: <PhoneLink number={siteConfig.emergencyNumber} />,
            })}
          </strong>{' '}
          <a href={`#${SECTION_IDS.getHelpUrgently}`}>{home.emergencySigns}</a>
        </p>

        <form
          role="search"
          aria-label={home.searchLabel}
          action={sitePath('/search')}
          method="get"
          className="home-search"
        >
          <label htmlFor="home-search" className="font-bold">
            {home.searchLabel}
          </label>
          <div className="home-search-row">
            <input id="home-search" name="q" type="search" />
            <button type="submit" className="button">
              {uiText.search.button}
            </button>
          </div>
        </form>

        <section aria-labelledby="booked" className="home-task">
          <h2 id="booked">{home.booked.heading}</h2>
          <p>{home.booked.intro}</p>
          <ul className="home-kinds">
            {proceduresByKind().map(({ key }) => (
              <li key={key}>
                <a href={`${sitePath('/procedures')}#kind-${key}`}>
                  {uiText.procedureKindHeadings[key]}
                </a>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="body-map" className="home-task">
          <h2 id="body-map">
            <a href={sitePath(BODY_MAP_PATH)}>{home.bodyMap.heading}</a>
          </h2>
          <p>{home.bodyMap.intro}</p>
        </section>

        <section aria-labelledby="start-here" className="mt-10">
          <h2 id="start-here">{home.browse}</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {sections.map((section) => {
              const text = uiText.collections[section.key];
              const count =
                section.key in counts ? counts[section.key as keyof typeof counts] : undefined;
              return (
                <li key={section.path} className="border border-line p-4">
                  <a href={sitePath(section.path)} className="text-lg font-bold">
                    {text.title}
                    {count !== undefined ? ` (${count})` : ''}
                  </a>
                  <p className="mt-1">{text.intro}</p>
                </li>
              );
            })}
          </ul>
        </section>

        <CareCards heading={home.urgent.heading} advice={home.urgent} />

        <section aria-labelledby="guides-list" className="mt-8">
          <h2 id="guides-list" className="mb-4">
            {uiText.collections.guides.title}
          </h2>
          <PageList
            items={getGuides().map((guide) => ({
              href: guide.url,
              title: guide.title,
              description: guide.description,
            }))}
          />
        </section>
      </>
    );
  },
};
