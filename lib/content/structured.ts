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

const aboutProcedure = (procedure: Procedure): JsonLd => {
  const areas = new Set(conditionsFor(procedure).flatMap((c) => c.bodyAreas));
  return medicalProcedure({
    ...procedure,
    bodyLocations: [...areas].map((area) => uiText.bodyAreas[area]),
    preparation: sectionProse(procedure.body.raw, 'Before the procedure') || undefined,
    followup: sectionProse(procedure.body.raw, 'After the procedure') || undefined,
    howPerformed: sectionProse(procedure.body.raw, 'During the procedure') || undefined,
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
