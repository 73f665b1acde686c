/**
 * The content model: the one place that says which fields each kind of page has.
 *
 * `contentlayer.config.ts` turns these specs into Contentlayer document types, and the
 * content check (`lib/content/check.ts`) validates every Markdown file against them
 * before anything is built. Add or change a field here, and both follow.
 *
 * Each field carries a `doc` written for the author of a page: it is shown in error
 * messages and explains what the field is for.
 */

import { ALL_DIAGRAM_PARTS, DIAGRAM_MEANINGS, DIAGRAM_VIEWS } from '../diagrams';
import type { Locale } from '../i18n';
import { indexLetter, letterSlug } from './index-letters';

/** The folders under `content/`, one per kind of page. */
export const COLLECTIONS = [
  'conditions',
  'procedures',
  'guides',
  'faqs',
  'glossary',
  'facts',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Parts of the body a condition can affect; used to browse conditions by where it hurts. */
export const BODY_AREAS = [
  'head',
  'neck',
  'shoulder-arm',
  'upper-back',
  'lower-back',
  'hip-buttock',
  'leg-knee',
  'foot',
  'whole-body',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** The broad family a procedure belongs to. */
export const PROCEDURE_KINDS = [
  'injection',
  'nerve-block',
  'ablation',
  'neuromodulation',
  'regenerative',
  'implant',
  'vertebral-augmentation',
  'infusion',
] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

/**
 * What a procedure involves, for the safety points every such page must make (the points
 * themselves are listed in \`safetyPoints\` in lib/site-config.ts).
 */
export const PROCEDURE_INVOLVES = ['needle', 'steroid', 'sedation', 'implanted-device'] as const;
export type ProcedureInvolves = (typeof PROCEDURE_INVOLVES)[number];

/**
 * Whether a patient needs someone to drive them home: always, only when they choose
 * sedation, or not usually. The content check holds it to `involves` (sedation).
 */
export const DRIVER_NEEDED = ['yes', 'if-sedated', 'no'] as const;
export type DriverNeeded = (typeof DRIVER_NEEDED)[number];

/** The longest cell of the procedure comparison: a few words, so the table fits a desktop screen. */
export const COMPARE_CELL_MAX_LENGTH = 80;

/** What kind of publication a source is; a guideline must give its date, so its age can be checked. */
export const SOURCE_TYPES = [
  'guideline',
  'safety-notice',
  'labelling',
  'research',
  'patient-information',
] as const;

/** Topics shared by guides and FAQs; the FAQ page groups questions by them. */
export const TOPICS = [
  'understanding-pain',
  'treatment-options',
  'before-a-procedure',
  'procedure-day',
  'after-a-procedure',
  'safety',
  'medicines',
  'living-well',
  'costs-and-access',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The longest meta description search engines show without cutting it. */
export const DESCRIPTION_MAX_LENGTH = 160;

type FieldBase = {
  /** What the field is for, in words an author understands. */
  doc: string;
  /** Whether a page must have the field. */
  required: boolean;
};

export type FieldSpec =
  | (FieldBase & { kind: 'string'; maxLength?: number })
  | (FieldBase & { kind: 'string-list'; minItems?: number; maxItems?: number })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'enum'; options: readonly string[] })
  | (FieldBase & { kind: 'enum-list'; options: readonly string[]; minItems?: number })
  /** The slug (file name without `.md`) of a page in the `to` collection. */
  | (FieldBase & { kind: 'ref'; to: CollectionName | 'any' })
  /** Slugs of pages in `to`; with `to: 'any'`, entries are `collection/slug`. */
  | (FieldBase & { kind: 'ref-list'; to: CollectionName | 'any' })
  | (FieldBase & { kind: 'object'; name: string; fields: Record<string, FieldSpec> })
  | (FieldBase & {
      kind: 'object-list';
      name: string;
      fields: Record<string, FieldSpec>;
      minItems?: number;
    });

/** What a page of a collection must contain beyond its fields: the library's quality gates. */
export type QualityRules = {
  /** Level 2 headings every page must have, by their exact text, in each language. */
  requiredSections: Record<Locale, readonly string[]>;
  /** Fewest and most words of prose in the body. */
  minProseWords: number;
  maxProseWords?: number;
  /** Fewest sources, and fewest of them from trusted publishers (lib/content/trusted-sources.ts). */
  minSources: number;
  minTrustedSources: number;
  /** Whether the body's reading grade counts towards the site's readability limits. */
  readabilityChecked: boolean;
};

export type CollectionSpec = {
  /** The Contentlayer document type name, which is also the type name in generated code. */
  typeName: string;
  /** Whether the Markdown body must have text. */
  bodyRequired: boolean;
  fields: Record<string, FieldSpec>;
  quality?: QualityRules;
};

/**
 * How many words a language takes to say what English says in one: Spanish runs about a fifth
 * longer, so its pages are held to word limits scaled by this.
 */
export const WORDS_PER_ENGLISH_WORD: Record<Locale, number> = { en: 1, es: 1.2 };

/** The rules shared by the long pages: conditions, procedures and guides. */
const articleRules = {
  minProseWords: 500,
  minSources: 3,
  minTrustedSources: 2,
  readabilityChecked: true,
};

const sourceFields: Record<string, FieldSpec> = {
  title: { kind: 'string', required: true, doc: 'The title of the source page or document.' },
  publisher: {
    kind: 'string',
    required: true,
    doc: 'Who published it, for example "National Institutes of Health" or "NHS".',
  },
  url: {
    kind: 'string',
    required: true,
    doc: 'The full web address of the source, starting https://.',
  },
  date: {
    kind: 'string',
    required: false,
    doc: 'When the source was published or last updated, as the source states it (for example "2023" or "2023-04-14"). Required for a guideline.',
  },
  type: {
    kind: 'enum',
    required: false,
    options: SOURCE_TYPES,
    doc: 'What kind of publication it is. Mark clinical guidelines "guideline" and give their date: the content report flags one older than the configured age.',
  },
};

const sources: FieldSpec = {
  kind: 'object-list',
  name: 'Source',
  required: true,
  minItems: 1,
  doc: 'The public pages every fact on this page comes from; listed at the end of the page.',
  fields: sourceFields,
};

const title: FieldSpec = {
  kind: 'string',
  required: true,
  maxLength: 70,
  doc: 'The page title as patients would say it, shown as the main heading.',
};

const description: FieldSpec = {
  kind: 'string',
  required: true,
  maxLength: DESCRIPTION_MAX_LENGTH,
  doc: `One or two plain sentences shown in search results and page listings (at most ${DESCRIPTION_MAX_LENGTH} characters).`,
};

const keyPoints: FieldSpec = {
  kind: 'string-list',
  required: true,
  minItems: 3,
  maxItems: 5,
  doc: 'Three to five short sentences a reader should take away, shown first on the page.',
};

const otherNames: FieldSpec = {
  kind: 'string-list',
  required: false,
  doc: 'Other names patients or doctors use for this, so search finds the page.',
};

/** The picture a condition or procedure page shows; `what` says what the highlight stands for. */
const diagram = (what: string): FieldSpec => ({
  kind: 'object',
  name: 'Diagram',
  required: true,
  doc: `The anatomical drawing shown near the top of the page, with ${what} highlighted. The views and the parts each one shows are listed in lib/diagrams.ts.`,
  fields: {
    view: {
      kind: 'enum',
      required: true,
      options: DIAGRAM_VIEWS,
      doc: 'Which drawing to show, such as lower-spine-side or knee.',
    },
    highlight: {
      kind: 'enum',
      required: true,
      options: ALL_DIAGRAM_PARTS,
      doc: `The part of the drawing to highlight: ${what}. It must be one the view shows (lib/diagrams.ts).`,
    },
    shows: {
      kind: 'enum',
      required: false,
      options: DIAGRAM_MEANINGS,
      doc: 'Procedures only: what the highlight means. Leave it out for the usual "where-it-goes" (where the needle, medicine or device goes); use "where-it-acts" for a medicine given into a vein, such as an infusion, which goes into no one place.',
    },
  },
});

const redirectFrom: FieldSpec = {
  kind: 'string-list',
  required: false,
  doc: 'Old addresses of this page, such as /conditions/old-name, that must keep working after it is renamed or moved.',
};

const lastReviewed: FieldSpec = {
  kind: 'date',
  required: true,
  doc: 'The date the page was last checked against its sources, as YYYY-MM-DD.',
};

const clinicalReview: FieldSpec = {
  kind: 'object',
  name: 'ClinicalReview',
  required: false,
  doc: "A clinician's sign-off of this page. Leave it out until a clinician named in the site configuration's reviewers has reviewed the page.",
  fields: {
    reviewer: {
      kind: 'string',
      required: true,
      doc: 'The id of the reviewing clinician, as listed in `reviewers` in lib/site-config.ts.',
    },
    date: {
      kind: 'date',
      required: true,
      doc: 'The date the clinician signed the page off, as YYYY-MM-DD.',
    },
  },
};

/**
 * Urgent advice at three levels, as NHS care cards give it. Each list is shown as its own
 * card, with the heading, first sentence and phone numbers from ui-text and site-config.
 */
const urgencyFields = (when: string): Record<string, FieldSpec> => ({
  callEmergency: {
    kind: 'string-list',
    required: true,
    minItems: 1,
    doc: `Signs ${when} that are emergencies: call the emergency number now (for example sudden leg weakness, loss of bladder or bowel control, stroke signs, trouble breathing). Nothing that can wait for a same-day call.`,
  },
  callToday: {
    kind: 'string-list',
    required: true,
    minItems: 1,
    doc: `Signs ${when} that need a same-day call to the care team, or urgent care when the clinic is closed (for example redness or pus where the needle went in, a fever without emergency signs, a device alarm).`,
  },
  seeYourDoctor: {
    kind: 'string-list',
    required: false,
    doc: `Reasons ${when} to book a visit with the care team (for example no change after some weeks).`,
  },
});

export const SCHEMA: Record<CollectionName, CollectionSpec> = {
  conditions: {
    typeName: 'Condition',
    bodyRequired: true,
    quality: {
      ...articleRules,
      requiredSections: {
        en: [
          'What it is',
          'Symptoms',
          'Causes',
          'How it is diagnosed',
          'Treatment options',
          'When to get help',
        ],
        es: [
          'Qué es',
          'Síntomas',
          'Causas',
          'Cómo se diagnostica',
          'Opciones de tratamiento',
          'Cuándo buscar ayuda',
        ],
      },
    },
    fields: {
      title,
      description,
      keyPoints,
      otherNames,
      bodyAreas: {
        kind: 'enum-list',
        required: true,
        minItems: 1,
        options: BODY_AREAS,
        doc: 'Where in the body this condition is felt; used by "Where does it hurt?".',
      },
      procedures: {
        kind: 'ref-list',
        to: 'procedures',
        required: false,
        doc: 'Procedures that may treat this condition. The procedure pages link back automatically.',
      },
      diagram: diagram('the part of the body the condition affects'),
      ...urgencyFields('with this condition'),
      redirectFrom,
      lastReviewed,
      clinicalReview,
      sources,
    },
  },
  procedures: {
    typeName: 'Procedure',
    bodyRequired: true,
    quality: {
      ...articleRules,
      requiredSections: {
        en: [
          'What it is',
          'Who it may help',
          'How well it works',
          'Before the procedure',
          'During the procedure',
          'After the procedure',
          'Risks and side effects',
        ],
        es: [
          'Qué es',
          'A quién puede ayudar',
          'Qué tan bien funciona',
          'Antes del procedimiento',
          'Durante el procedimiento',
          'Después del procedimiento',
          'Riesgos y efectos secundarios',
        ],
      },
    },
    fields: {
      title,
      description,
      keyPoints,
      otherNames,
      kind: {
        kind: 'enum',
        required: true,
        options: PROCEDURE_KINDS,
        doc: 'The family of treatment this procedure belongs to.',
      },
      conditions: {
        kind: 'ref-list',
        to: 'conditions',
        required: false,
        doc: 'Conditions this procedure may treat. The condition pages link back automatically.',
      },
      nextSteps: {
        kind: 'ref-list',
        to: 'procedures',
        required: false,
        doc: 'Procedures this one often leads to, such as a medial branch block before radiofrequency ablation. Each is shown as "What may come next", and the later page links back as "Often comes first".',
      },
      involves: {
        kind: 'enum-list',
        required: true,
        minItems: 1,
        options: PROCEDURE_INVOLVES,
        doc: 'What the procedure involves: a needle, a steroid, sedation (even when only offered), an implanted device. Each brings safety points the page must make (safetyPoints in lib/site-config.ts).',
      },
      diagram: diagram('where the treatment goes (the needle, the medicine or the device)'),
      atAGlance: {
        kind: 'object',
        name: 'AtAGlance',
        required: true,
        doc: 'The short facts shown in the "at a glance" box and the comparison table.',
        fields: {
          duration: {
            kind: 'string',
            required: true,
            doc: 'How long the procedure usually takes.',
          },
          feelsLike: {
            kind: 'string',
            required: true,
            doc: 'What it feels like: during the procedure, and how sore it is afterward and for how long. Patients ask this first.',
          },
          sedation: {
            kind: 'string',
            required: true,
            doc: 'Numbing medicine, sedation or anesthesia, in plain words.',
          },
          imaging: {
            kind: 'string',
            required: true,
            doc: 'How the doctor sees where the needle goes (X-ray, ultrasound, none).',
          },
          recovery: { kind: 'string', required: true, doc: 'What recovery usually looks like.' },
          reliefDuration: {
            kind: 'string',
            required: true,
            doc: 'How long relief may last, honestly stated, including that it may not help.',
          },
        },
      },
      compare: {
        kind: 'object',
        name: 'Comparison',
        required: true,
        doc: `The cells of this procedure's row in the comparison table (/procedures/compare), where patients weigh procedures side by side. Each is a few plain words (at most ${COMPARE_CELL_MAX_LENGTH} characters), taken from this page; never promise relief, and say a figure that lives in a shared fact in words instead.`,
        fields: {
          duration: {
            kind: 'string',
            required: true,
            maxLength: COMPARE_CELL_MAX_LENGTH,
            doc: 'How long it takes, in a few words (for example "A short visit; about an hour in all" or "A trial, then an operation").',
          },
          feelsLike: {
            kind: 'string',
            required: true,
            maxLength: COMPARE_CELL_MAX_LENGTH,
            doc: 'Does it hurt: what it feels like during and how long it is sore after (for example "A sting, then pressure; sore for a day or two").',
          },
          howWellItWorks: {
            kind: 'string',
            required: true,
            maxLength: COMPARE_CELL_MAX_LENGTH,
            doc: 'How well it works and how strong the evidence is, from the page\'s "How well it works" section (for example "Some evidence for short-term leg pain relief; little for longer").',
          },
          mainRisks: {
            kind: 'string',
            required: true,
            maxLength: COMPARE_CELL_MAX_LENGTH,
            doc: 'The most common side effects, then the most serious rare one, from the page\'s "Risks and side effects" section.',
          },
          driver: {
            kind: 'enum',
            required: true,
            options: DRIVER_NEEDED,
            doc: 'Whether someone must drive the patient home: "yes" when the page says to plan for a driver, "if-sedated" when only those who choose sedation need one, "no" when it does not. A page that involves sedation cannot say "no", and one without sedation cannot say "if-sedated".',
          },
          relief: {
            kind: 'string',
            required: true,
            maxLength: COMPARE_CELL_MAX_LENGTH,
            doc: 'How long relief may last, in a few words, including that it may not come (for example "Weeks to months, if it helps").',
          },
        },
      },
      questionsToAsk: {
        kind: 'string-list',
        required: true,
        minItems: 3,
        doc: 'Questions a patient may want to ask their doctor before agreeing to the procedure.',
      },
      ...urgencyFields('after the procedure'),
      redirectFrom,
      lastReviewed,
      clinicalReview,
      sources,
    },
  },
  guides: {
    typeName: 'Guide',
    bodyRequired: true,
    quality: { ...articleRules, requiredSections: { en: [], es: [] } },
    fields: {
      title,
      description,
      keyPoints,
      topics: {
        kind: 'enum-list',
        required: true,
        minItems: 1,
        options: TOPICS,
        doc: 'What the guide is about; used to suggest related guides and questions.',
      },
      redirectFrom,
      lastReviewed,
      clinicalReview,
      sources,
    },
  },
  faqs: {
    typeName: 'Faq',
    bodyRequired: true,
    quality: {
      requiredSections: { en: [], es: [] },
      minProseWords: 40,
      maxProseWords: 250,
      minSources: 1,
      minTrustedSources: 0,
      readabilityChecked: true,
    },
    fields: {
      question: {
        kind: 'string',
        required: true,
        maxLength: 120,
        doc: 'The question in the words a patient would use. The Markdown body is the answer.',
      },
      topic: {
        kind: 'enum',
        required: true,
        options: TOPICS,
        doc: 'The group this question appears under on the FAQ page.',
      },
      related: {
        kind: 'ref-list',
        to: 'any',
        required: true,
        doc: 'Pages this question is about, as collection/slug (for example procedures/radiofrequency-ablation). Those pages list the question.',
      },
      lastReviewed,
      clinicalReview,
      sources,
    },
  },
  glossary: {
    typeName: 'GlossaryTerm',
    bodyRequired: false,
    fields: {
      term: {
        kind: 'string',
        required: true,
        maxLength: 60,
        doc: 'The word or phrase being explained.',
      },
      otherSpellings: {
        kind: 'string-list',
        required: false,
        doc: 'Other spellings or forms of the term, for example plurals or US and UK spellings.',
      },
      definition: {
        kind: 'string',
        required: true,
        maxLength: 320,
        doc: 'One or two plain sentences saying what the term means.',
      },
      related: {
        kind: 'ref',
        to: 'any',
        required: false,
        doc: 'A page that explains more, as collection/slug.',
      },
    },
  },
  facts: {
    typeName: 'Fact',
    bodyRequired: false,
    fields: {
      statement: {
        kind: 'string',
        required: true,
        maxLength: 600,
        doc: 'The fact in one to three plain sentences (Markdown links and emphasis allowed). Pages insert it with :fact[file-name], so a figure is written once; where sources honestly differ, say so here.',
      },
      lastReviewed,
      sources,
    },
  },
};

/** The file in the content folder listing every address the site has published. */
export const PUBLISHED_PATHS_FILE = 'published-paths.txt';

/** Collections whose documents each have a page (and an address that must never break). */
export const PAGE_COLLECTIONS: readonly AddressedCollection[] = [
  'conditions',
  'procedures',
  'guides',
  'faqs',
];

/** Whether a collection's documents have pages (and so addresses that must never break). */
export const isPageCollection = (collection: CollectionName): collection is AddressedCollection =>
  (PAGE_COLLECTIONS as readonly string[]).includes(collection);

/** Collections whose documents have an address: pages, and glossary terms on their letter's page. Facts have none. */
export type AddressedCollection = Exclude<CollectionName, 'facts'>;

/** The glossary's page for one letter, such as /glossary/b. */
export const glossaryLetterPath = (letter: string) => `/glossary/${letterSlug(letter)}`;

/**
 * The address of a document. Glossary terms live on their letter's page, found from the
 * slug (the content check makes sure a term's file name starts with the term's letter).
 */
export function pageUrl(collection: AddressedCollection, slug: string): string {
  switch (collection) {
    case 'faqs':
      return `/faq/${slug}`;
    case 'glossary':
      return `${glossaryLetterPath(indexLetter(slug))}#${slug}`;
    default:
      return `/${collection}/${slug}`;
  }
}

/** The front-matter field by which a translation names its English original. */
export const TRANSLATION_OF = 'translationOf';

/**
 * Whether a field holds choices or links rather than words (an enum, a reference, or a group
 * of only those, such as the diagram). A translation does not repeat such a field: it takes
 * it from its English original, so relations, kinds and drawings are written once.
 */
export function isSharedAcrossLanguages(spec: FieldSpec): boolean {
  switch (spec.kind) {
    case 'enum':
    case 'enum-list':
    case 'ref':
    case 'ref-list':
      return true;
    case 'object':
      return Object.values(spec.fields).every(isSharedAcrossLanguages);
    default:
      return false;
  }
}

/** The words-only part of some fields: what a translation writes. */
function translatedFields(fields: Record<string, FieldSpec>): Record<string, FieldSpec> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, spec]): [string, FieldSpec][] => {
      if (isSharedAcrossLanguages(spec)) return [];
      if (spec.kind === 'object')
        return [
          [
            name,
            { ...spec, name: `${spec.name}Translation`, fields: translatedFields(spec.fields) },
          ],
        ];
      return [[name, spec]];
    }),
  );
}

/**
 * The fields of a translated page in a collection: the words of the English page's fields,
 * plus `translationOf`, naming the original. Derived from the English schema, so a new field
 * reaches every language at once.
 */
export function translationFields(collection: CollectionName): Record<string, FieldSpec> {
  return {
    [TRANSLATION_OF]: {
      kind: 'string',
      required: true,
      doc: `The file name (without .md) of the English page this page translates, in content/${collection}/. Fields without words (relations, kinds, the diagram) come from that page.`,
    },
    ...translatedFields(SCHEMA[collection].fields),
  };
}

/** The Contentlayer type of a collection's translations into a language, such as ConditionEs. */
export const translationTypeName = (collection: CollectionName, locale: string): string =>
  `${SCHEMA[collection].typeName}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`;
