import { CareCards } from '@/components/CareCard';
import { JsonLd } from '@/components/JsonLd';
import { breadcrumbList, medicalClinic } from '@/lib/structured-data';
import { PageList } from '@/components/PageList';
import { getConditions, getGuides, getProcedures } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/metadata';
import { siteConfig } from '@/lib/site-config';
import { uiText } from '@/lib/ui-text';

export const metadata = {
  ...pageMetadata({ title: siteConfig.siteName, description: siteConfig.tagline, path: '/' }),
  title: { absolute: siteConfig.siteName },
};

const sections = [
  { href: '/conditions', key: 'conditions' },
  { href: '/procedures', key: 'procedures' },
  { href: '/guides', key: 'guides' },
  { href: '/faq', key: 'faqs' },
  { href: '/glossary', key: 'glossary' },
] as const;

export default function HomePage() {
  const counts = {
    conditions: getConditions().length,
    procedures: getProcedures().length,
    guides: getGuides().length,
  };
  return (
    <>
      <JsonLd
        data={[medicalClinic(siteConfig), breadcrumbList([{ label: uiText.nav.home, href: '/' }])]}
      />
      <h1 className="text-3xl font-bold sm:text-4xl">{uiText.home.heading}</h1>
      <p className="mt-3 text-lg">{siteConfig.tagline}</p>

      <section aria-labelledby="start-here" className="mt-8">
        <h2 id="start-here" className="text-2xl font-bold">
          {uiText.home.browse}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {sections.map((section) => {
            const text = uiText.collections[section.key];
            const count =
              section.key in counts ? counts[section.key as keyof typeof counts] : undefined;
            return (
              <li key={section.href} className="border border-line p-4">
                <a href={section.href} className="text-xl font-bold">
                  {text.title}
                  {count !== undefined ? ` (${count})` : ''}
                </a>
                <p className="mt-1">{text.intro}</p>
              </li>
            );
          })}
        </ul>
      </section>

      <CareCards heading={uiText.home.urgent.heading} advice={uiText.home.urgent} />

      <section aria-labelledby="guides-list" className="mt-8">
        <h2 id="guides-list" className="mb-4 text-2xl font-bold">
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
}
