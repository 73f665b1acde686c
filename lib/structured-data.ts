/**
 * Schema.org structured data (JSON-LD) for search engines, built from content and the
 * site configuration. Builders are pure; `serializeJsonLd` makes the result safe to put
 * inside a <script> element.
 */
import { HTML_LANG, ORIGINAL_LOCALE, type Locale } from './i18n';
import { absoluteUrl } from './metadata';
import { calendarDate } from './review-dates';
import type { SiteConfig } from './site-config';

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` are escaped
 * as Unicode escapes, so no content (such as a title containing "</script>") can end the
 * element early; the line separators JavaScript once rejected are escaped too.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export type Crumb = { label: string; href: string };

export function breadcrumbList(trail: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

type PageFacts = {
  title: string;
  description: string;
  url: string;
  lastReviewed: string;
  /** Who reviewed the page, when the content names a reviewer. */
  reviewedBy?: string;
};

/** The page itself: a medical web page about `about`, with its review date. */
export function medicalWebPage(page: PageFacts, about: JsonLd, language: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.description,
    url: absoluteUrl(page.url),
    inLanguage: language,
    lastReviewed: calendarDate(page.lastReviewed),
    ...(page.reviewedBy ? { reviewedBy: { '@type': 'Person', name: page.reviewedBy } } : {}),
    about,
  };
}

const named = (type: string, name: string, url?: string): JsonLd => ({
  '@type': type,
  name,
  ...(url ? { url: absoluteUrl(url) } : {}),
});

export function medicalCondition(condition: {
  title: string;
  otherNames?: readonly string[];
  url: string;
  /** Signs that need urgent care (its emergency and same-day lists). */
  urgentSigns?: readonly string[];
  treatments: readonly { title: string; url: string }[];
}): JsonLd {
  return {
    '@type': 'MedicalCondition',
    name: condition.title,
    url: absoluteUrl(condition.url),
    ...(condition.otherNames?.length ? { alternateName: [...condition.otherNames] } : {}),
    ...(condition.treatments.length
      ? {
          possibleTreatment: condition.treatments.map((t) =>
            named('MedicalProcedure', t.title, t.url),
          ),
        }
      : {}),
    ...(condition.urgentSigns?.length
      ? { signOrSymptom: condition.urgentSigns.map((sign) => named('MedicalSignOrSymptom', sign)) }
      : {}),
  };
}

/** Schema.org's procedure types; every procedure on this site is done through the skin. */
const PROCEDURE_TYPE = 'https://schema.org/PercutaneousProcedure';

export function medicalProcedure(procedure: {
  title: string;
  otherNames?: readonly string[];
  url: string;
  bodyLocations: readonly string[];
  preparation?: string;
  followup?: string;
  howPerformed?: string;
}): JsonLd {
  return {
    '@type': 'MedicalProcedure',
    name: procedure.title,
    url: absoluteUrl(procedure.url),
    procedureType: PROCEDURE_TYPE,
    ...(procedure.otherNames?.length ? { alternateName: [...procedure.otherNames] } : {}),
    ...(procedure.bodyLocations.length ? { bodyLocation: procedure.bodyLocations.join(', ') } : {}),
    ...(procedure.preparation ? { preparation: procedure.preparation } : {}),
    ...(procedure.followup ? { followup: procedure.followup } : {}),
    ...(procedure.howPerformed ? { howPerformed: procedure.howPerformed } : {}),
  };
}

export function faqPage(
  questions: readonly { question: string; answerText: string; url: string }[],
  locale: Locale = ORIGINAL_LOCALE,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: HTML_LANG[locale],
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      url: absoluteUrl(q.url),
      acceptedAnswer: { '@type': 'Answer', text: q.answerText },
    })),
  };
}

export function medicalClinic(config: SiteConfig): JsonLd {
  const { clinic } = config;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    telephone: clinic.phone,
    url: absoluteUrl('/'),
    address: { '@type': 'PostalAddress', streetAddress: clinic.addressLines.join(', ') },
  };
}
