/**
 * The ids of the sections a content page adds around its Markdown body. Staff link to them
 * (`/procedures/x#call-today`), the table of contents lists them, and the content check
 * refuses a body heading that would take one of them.
 */
export const SECTION_IDS = {
  main: 'main',
  keyPoints: 'key-points',
  atAGlance: 'at-a-glance',
  onThisPage: 'on-this-page',
  /** The group of urgent-advice cards; kept from when there was one box, so old links still land. */
  getHelpUrgently: 'get-help-urgently',
  callEmergency: 'call-emergency',
  callToday: 'call-today',
  seeYourDoctor: 'see-your-doctor',
  questionsToAsk: 'questions-to-ask',
  nextSteps: 'what-may-come-next',
  comesAfter: 'often-comes-first',
  relatedConditions: 'related-conditions',
  relatedProcedures: 'related-procedures',
  relatedGuides: 'related-guides',
  relatedQuestions: 'related-questions',
  relatedPages: 'related-pages',
  sources: 'sources',
  reviewStatus: 'review-status',
} as const;

export const RESERVED_SECTION_IDS: ReadonlySet<string> = new Set(Object.values(SECTION_IDS));
