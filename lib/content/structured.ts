/** Structured data for each kind of content page, from its fields and its relations. */
import { clinicalReviewStatus } from '../review-status';
import { siteConfig } from '../site-config';
import {
  medicalCondition,
  medicalProcedure,
  medicalWebPage,
  type JsonLd,
} from '../structured-data';
import { uiText } from '../ui-text';
import { expandFacts } from './directives';
import { sectionProse } from './markdown';
import { HTML_LANG } from '../i18n';
import { SCHEMA } from './schema';
import {
  conditionsFor,
  factStatements,
  proceduresFor,
  type Condition,
  type ContentDoc,
  type Guide,
  type Procedure,
} from './queries';

const aboutCondition = (condition: Condition): JsonLd =>
  medicalCondition({
    ...condition,
    urgentSigns: [...condition.callEmergency, ...condition.callToday],
    treatments: proceduresFor(condition),
  });

/**
 * A section's opening paragraph, as readers see it (facts written out, not their
 * references). The page itself holds the rest; repeating whole sections here doubled
 * their weight in every procedure page's HTML.
 */
const prose = (procedure: Procedure, heading: string) =>
  expandFacts(
    sectionProse(procedure.body.raw, heading).split('\n')[0] ?? '',
    factStatements(procedure.locale),
  ) || undefined;

/** The sections a procedure's structured data quotes, by their required headings. */
const sectionsOf = (procedure: Procedure) => {
  const [, , , before, during, after] =
    SCHEMA.procedures.quality?.requiredSections[procedure.locale] ?? [];
  return { before: before ?? '', during: during ?? '', after: after ?? '' };
};

const aboutProcedure = (procedure: Procedure): JsonLd => {
  const areas = new Set(conditionsFor(procedure).flatMap((c) => c.bodyAreas));
  return medicalProcedure({
    ...procedure,
    bodyLocations: [...areas].map((area) => uiText.bodyAreas[area]),
    preparation: prose(procedure, sectionsOf(procedure).before),
    followup: prose(procedure, sectionsOf(procedure).after),
    howPerformed: prose(procedure, sectionsOf(procedure).during),
  });
};

const aboutGuide = (guide: Guide): JsonLd => ({
  '@type': 'Thing',
  name: guide.title,
  keywords: guide.topics.map((topic) => uiText.topics[topic]).join(', '),
});

/** The MedicalWebPage for any condition, procedure or guide, describing what it is about. */
export function pageStructuredData(doc: ContentDoc): JsonLd {
  const about =
    doc.type === 'Condition'
      ? aboutCondition(doc)
      : doc.type === 'Procedure'
        ? aboutProcedure(doc)
        : aboutGuide(doc);
  const review = clinicalReviewStatus(doc.clinicalReview, siteConfig.reviewers);
  return medicalWebPage(
    { ...doc, reviewedBy: review.reviewed ? review.reviewer.name : undefined },
    about,
    HTML_LANG[doc.locale],
  );
}
