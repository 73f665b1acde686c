/** Structured data for each kind of content page, from its fields and its relations. */
import { allFacts } from 'contentlayer/generated';
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
import {
  conditionsFor,
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

const factStatements = new Map(allFacts.map((fact) => [fact.slug, fact.statement]));

/**
 * A section's opening paragraph, as readers see it (facts written out, not their
 * references). The page itself holds the rest; repeating whole sections here doubled
 * their weight in every procedure page's HTML.
 */
const prose = (procedure: Procedure, heading: string) =>
  expandFacts(sectionProse(procedure.body.raw, heading).split('\n')[0] ?? '', factStatements) ||
  undefined;

const aboutProcedure = (procedure: Procedure): JsonLd => {
  const areas = new Set(conditionsFor(procedure).flatMap((c) => c.bodyAreas));
  return medicalProcedure({
    ...procedure,
    bodyLocations: [...areas].map((area) => uiText.bodyAreas[area]),
    preparation: prose(procedure, 'Before the procedure'),
    followup: prose(procedure, 'After the procedure'),
    howPerformed: prose(procedure, 'During the procedure'),
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
    siteConfig.language,
  );
}
