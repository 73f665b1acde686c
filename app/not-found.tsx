import type { Metadata } from 'next';
import { SiteChrome } from '@/components/SiteChrome';
import { HTML_LANG, LOCALES, localizePath, type Locale } from '@/lib/i18n';
import { uiTextFor } from '@/lib/ui-text';

export const metadata: Metadata = {
  title: uiTextFor('en').notFound.title,
  robots: { index: false },
};

/** The lists a lost reader may want, in one language. */
function Suggestions({ locale }: { locale: Locale }) {
  const text = uiTextFor(locale);
  const suggestions = [
    { path: '/', label: text.nav.home },
    { path: '/conditions', label: text.collections.conditions.title },
    { path: '/procedures', label: text.collections.procedures.title },
    { path: '/guides', label: text.collections.guides.title },
    { path: '/faq', label: text.collections.faqs.title },
    { path: '/glossary', label: text.collections.glossary.title },
  ];
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {suggestions.map((s) => (
        <li key={s.path}>
          <a href={localizePath(s.path, locale)}>{s.label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * One page answers every unknown address on any static host, so it speaks both languages:
 * a reader who mistyped a Spanish address reads the same help in Spanish below.
 */
export default function NotFound() {
  return (
    <SiteChrome>
      {LOCALES.map((locale, index) => {
        const text = uiTextFor(locale).notFound;
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <section
            key={locale}
            lang={index === 0 ? undefined : HTML_LANG[locale]}
            className={index === 0 ? undefined : 'mt-10 border-t-2 border-line pt-6'}
          >
            <Heading className="font-bold">{text.title}</Heading>
            <p className="mt-3 text-lg">{text.text}</p>
            <p className="mt-4">{text.suggestions}</p>
            <Suggestions locale={locale} />
          </section>
        );
      })}
    </SiteChrome>
  );
}
