/** What every content rule is given: the pages that passed the schema, and the settings. */
import type { Reviewer } from '../../site-config';
import type { ParsedPage } from '../quality';
import { strings } from './problem';

export type RuleContext = {
  today: string;
  reviewIntervalMonths: number;
  reviewers: readonly Reviewer[];
  requireClinicalReview: boolean;
  maxGuidelineAgeYears: number;
};

/** Front-matter fields whose text readers see on the page, beside the body. */
const SHOWN_FIELDS = [
  'statement',
  'description',
  'keyPoints',
  'callEmergency',
  'callToday',
  'seeYourDoctor',
  'questionsToAsk',
];

/** Everything a reader of the page reads: the body with its facts inserted, and the shown fields. */
export function readerText(page: ParsedPage): string {
  const glance = page.data.atAGlance;
  const glanceText =
    glance && typeof glance === 'object'
      ? Object.values(glance).filter((v) => typeof v === 'string')
      : [];
  return [
    page.shownBody,
    ...SHOWN_FIELDS.flatMap((field) =>
      typeof page.data[field] === 'string' ? [page.data[field]] : strings(page.data[field]),
    ),
    ...glanceText,
  ].join('\n');
}
