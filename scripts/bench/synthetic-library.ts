/**
 * A synthetic content library of any size for the build benchmark: every kind of page in
 * the real library's proportions, with relations between conditions and procedures, FAQs
 * that name related pages, body links that leave no page orphaned, and glossary terms
 * used in the bodies. It passes the same content check as the real library, so the
 * benchmark builds exactly what a real library of that size would go through.
 *
 * The text is plain-word filler, varied by a seeded random generator so that the search
 * index sees realistic vocabulary. Its facts mean nothing and it is never committed.
 */
import { BODY_AREAS, PROCEDURE_KINDS, SCHEMA, TOPICS } from '../../lib/content/schema';
import { DIAGRAM_PARTS, DIAGRAM_VIEWS } from '../../lib/diagrams';

export type SyntheticFile = { path: string; text: string };

/** Shares of each kind of page, from the real library (14 : 19 : 13 : 41 : 60). */
const SHARES = { conditions: 0.1, procedures: 0.13, guides: 0.09, faqs: 0.28 } as const;

const NOUNS = `pain back neck knee hip arm leg foot hand nerve joint bone skin muscle doctor nurse
  clinic shot needle scan test rest walk sleep work day week month plan step care team friend
  home bed chair desk car stairs heat ice pill dose sign risk help visit room form list note
  question answer goal habit stretch spine disc root side face head shoulder wrist ankle
  body mind mood stress change choice`.split(/\s+/);
const VERBS = `helps eases moves stops starts checks finds shows lasts fades grows feels needs
  takes gives keeps brings makes tells asks waits rests turns bends lifts holds stays heals`.split(
  /\s+/,
);
const ADJECTIVES = `mild sharp dull long short new old small large warm cold sore stiff weak
  strong calm slow quick safe clear plain full light soft hard`.split(/\s+/);
const ENDINGS = `at night. in the day. after a walk. for a while. most days. over time. at work.
  at home. with rest. for some people. in the morning. after the visit.`
  .split(/\.\s*/)
  .filter(Boolean)
  .map((s) => `${s.trim()}.`);
const SYLLABLES = `ba ko mi ru te sa lo vi pe du na ri go fe lu zo ka me ti so`.split(/\s+/);

const TRUSTED_SOURCES = [
  {
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    title: 'Back pain',
    publisher: 'MedlinePlus',
    url: 'https://medlineplus.gov/backpain.html',
  },
  {
    title: 'Low back pain fact sheet',
    publisher: 'National Institute of Neurological Disorders and Stroke',
    url: 'https://www.ninds.nih.gov/health-information/disorders/back-pain',
  },
];

/** Mulberry32: a small seeded generator, so the same size always gives the same library. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

/** How many pages of each kind a library of `size` documents holds. */
export function shares(size: number) {
  const conditions = Math.max(1, Math.round(size * SHARES.conditions));
  const procedures = Math.max(1, Math.round(size * SHARES.procedures));
  const guides = Math.max(1, Math.round(size * SHARES.guides));
  const faqs = Math.max(1, Math.round(size * SHARES.faqs));
  const glossary = Math.max(1, size - conditions - procedures - guides - faqs);
  return { conditions, procedures, guides, faqs, glossary };
}

/** A made-up word of three syllables, different for every index. */
function termWord(index: number): string {
  const n = SYLLABLES.length;
  const parts = [index % n, Math.floor(index / n) % n, Math.floor(index / n / n) % n];
  const suffix = index >= n ** 3 ? String(Math.floor(index / n ** 3)) : '';
  return `${parts.map((p) => SYLLABLES[p]).join('')}${suffix}`;
}

const yamlList = (items: readonly string[], indent = '  ') =>
  items.map((item) => `${indent}- ${JSON.stringify(item)}`).join('\n');

const sourcesYaml = TRUSTED_SOURCES.map(
  (s) =>
    `  - title: ${JSON.stringify(s.title)}\n    publisher: ${JSON.stringify(s.publisher)}\n    url: ${s.url}`,
).join('\n');

export function syntheticLibrary(size: number, seed = 1): SyntheticFile[] {
  const counts = shares(size);
  const random = randomFrom(seed);
  const sentence = () => {
    const words = [
      'The',
      random.pick(ADJECTIVES),
      random.pick(NOUNS),
      random.pick(VERBS),
      'the',
      random.pick(NOUNS),
      random.pick(ENDINGS),
    ];
    return words.join(' ');
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');

  const slug = (kind: string, i: number) => `${kind}-${i + 1}`;
  const conditionSlugs = Array.from({ length: counts.conditions }, (_, i) => slug('condition', i));
  const procedureSlugs = Array.from({ length: counts.procedures }, (_, i) => slug('procedure', i));
  const guideSlugs = Array.from({ length: counts.guides }, (_, i) => slug('guide', i));
  const articleUrls = [
    ...conditionSlugs.map((s) => `/conditions/${s}`),
    ...procedureSlugs.map((s) => `/procedures/${s}`),
    ...guideSlugs.map((s) => `/guides/${s}`),
  ];
  const terms = Array.from({ length: counts.glossary }, (_, i) => termWord(i));

  // Every article links to the next two, so none is orphaned, and names its share of terms.
  const termsPerArticle = Math.ceil(terms.length / articleUrls.length);
  const body = (sections: readonly string[], articleIndex: number) => {
    const linked = [1, 2].map((step) => articleUrls[(articleIndex + step) % articleUrls.length]!);
    const named = Array.from(
      { length: termsPerArticle },
      (_, k) => terms[(articleIndex * termsPerArticle + k) % terms.length]!,
    );
    const titles = sections.length > 0 ? sections : ['Overview', 'What to know', 'Next steps'];
    // About 800 words a page: 115 sentences of 7 words, in two paragraphs a section.
    const perSection = Math.ceil(115 / (2 * titles.length));
    return titles
      .map((title, s) => {
        const extra =
          s === 0
            ? `\n\nSee also [this page](${linked[0]}) and [that page](${linked[1]}). ` +
              named.map((term) => `The ${term} can hurt.`).join(' ')
            : '';
        return `## ${title}\n\n${paragraph(perSection)}\n\n${paragraph(perSection)}${extra}`;
      })
      .join('\n\n');
  };
  const frontMatter = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n`;
  const common = (title: string) => [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`A synthetic page for the build benchmark: ${title.toLowerCase()}.`)}`,
    `keyPoints:\n${yamlList([sentence(), sentence(), sentence()])}`,
  ];
  const files: SyntheticFile[] = [];
  // Every view in turn, highlighting its first part, so the pictures are built at scale too.
  const diagramYaml = (i: number) => {
    const view = DIAGRAM_VIEWS[i % DIAGRAM_VIEWS.length]!;
    return `diagram:\n  view: ${view}\n  highlight: ${DIAGRAM_PARTS[view][0]}`;
  };

  conditionSlugs.forEach((s, i) => {
    const procedures = [procedureSlugs[i % procedureSlugs.length]!];
    files.push({
      path: `conditions/${s}.md`,
      text:
        frontMatter([
          ...common(`Condition ${i + 1}`),
          `bodyAreas:\n${yamlList([BODY_AREAS[i % BODY_AREAS.length]!])}`,
          diagramYaml(i),
          `procedures:\n${yamlList(procedures)}`,
          `callEmergency:\n${yamlList([sentence()])}`,
          `callToday:\n${yamlList([sentence()])}`,
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml}`,
        ]) + body(SCHEMA.conditions.quality?.requiredSections.en ?? [], i),
    });
  });
  procedureSlugs.forEach((s, i) => {
    files.push({
      path: `procedures/${s}.md`,
      text:
        frontMatter([
          ...common(`Procedure ${i + 1}`),
          `kind: ${PROCEDURE_KINDS[i % PROCEDURE_KINDS.length]}`,
          diagramYaml(i + 1),
          'involves:\n  - needle',
          `conditions:\n${yamlList([conditionSlugs[i % conditionSlugs.length]!])}`,
          'atAGlance:',
          '  duration: About 30 minutes',
          '  feelsLike: A sting, then pressure. Sore for a day or two.',
          '  sedation: Numbing medicine, sometimes light sedation',
          '  imaging: X-ray (fluoroscopy)',
          '  recovery: Rest for the rest of the day',
          '  reliefDuration: Weeks to months, if it helps',
          'compare:',
          '  duration: About 30 minutes',
          '  feelsLike: A sting, then pressure',
          '  howWellItWorks: Some evidence of short-term relief',
          '  mainRisks: Soreness, bruising; rarely infection',
          '  driver: no',
          '  relief: Weeks to months, if it helps',
          `questionsToAsk:\n${yamlList(['Will it help me?', 'What are the risks?', 'What else can I try?', 'What about my blood thinner, a bleeding disorder or an infection?'])}`,
          `callEmergency:\n${yamlList([sentence()])}`,
          `callToday:\n${yamlList([sentence()])}`,
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml}`,
        ]) + body(SCHEMA.procedures.quality?.requiredSections.en ?? [], counts.conditions + i),
    });
  });
  guideSlugs.forEach((s, i) => {
    files.push({
      path: `guides/${s}.md`,
      text:
        frontMatter([
          ...common(`Guide ${i + 1}`),
          `topics:\n${yamlList([TOPICS[i % TOPICS.length]!])}`,
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml}`,
        ]) + body([], counts.conditions + counts.procedures + i),
    });
  });
  for (let i = 0; i < counts.faqs; i++) {
    files.push({
      path: `faqs/question-${i + 1}.md`,
      text:
        frontMatter([
          `question: ${JSON.stringify(`Is this synthetic question number ${i + 1}?`)}`,
          `topic: ${TOPICS[i % TOPICS.length]}`,
          `related:\n${yamlList([articleUrls[i % articleUrls.length]!.slice(1)])}`,
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml.split('\n  - ')[0]}`,
        ]) + paragraph(12),
    });
  }
  terms.forEach((term, i) => {
    files.push({
      path: `glossary/${term}.md`,
      text: frontMatter([
        `term: ${JSON.stringify(term)}`,
        `definition: ${JSON.stringify(`A made-up word for the benchmark. ${sentence()}`)}`,
        `related: ${articleUrls[i % articleUrls.length]!.slice(1)}`,
      ]),
    });
  });
  files.push(...spanishSample(conditionSlugs[0]!, procedureSlugs[0]!, guideSlugs[0]!, terms[0]!));
  return files;
}

/** Short plain Spanish, for the translated pages: the INFLESZ check scores it as very easy. */
const FRASES = [
  'El dolor puede bajar con el tiempo.',
  'Su equipo de atención le dice qué hacer.',
  'Camine un poco cada día.',
  'Pregunte si tiene dudas.',
  'Descanse cuando lo necesite.',
  'Algunas personas se sienten mejor pronto.',
];
const parrafo = (n: number) =>
  Array.from({ length: n }, (_, i) => FRASES[i % FRASES.length]).join(' ');

/**
 * One Spanish translation of each kind of page, so the benchmark builds both languages' routes
 * (Next refuses a dynamic route with no pages in a static export). They keep the English slugs:
 * a translation may, and it keeps this generator small. Untranslated pages are only reported.
 */
function spanishSample(condition: string, procedure: string, guide: string, term: string) {
  const frontMatter = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n`;
  const common = (original: string, title: string) => [
    `translationOf: ${original}`,
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`Una página de prueba para medir la construcción: ${title.toLowerCase()}.`)}`,
    `keyPoints:\n${yamlList(FRASES.slice(0, 3))}`,
  ];
  const sections = (titles: readonly string[], extra: string) =>
    titles
      .map(
        (title, i) =>
          `## ${title}\n\n${parrafo(24)}\n\n${parrafo(24)}${i === 0 ? `\n\n${extra}` : ''}`,
      )
      .join('\n\n');
  const links = `Vea [la guía](/es/guias/${guide}), [el procedimiento](/es/procedimientos/${procedure}) y [la afección](/es/afecciones/${condition}). El ${term} puede doler.`;
  const urgent = [
    `callEmergency:\n${yamlList(['Debilidad repentina en las dos piernas.'])}`,
    `callToday:\n${yamlList(['Fiebre después de la visita.'])}`,
    'lastReviewed: 2026-06-01',
    `sources:\n${sourcesYaml}`,
  ];
  return [
    {
      path: `es/conditions/${condition}.md`,
      text:
        frontMatter([...common(condition, 'Afección 1'), ...urgent]) +
        sections(SCHEMA.conditions.quality?.requiredSections.es ?? [], links),
    },
    {
      path: `es/procedures/${procedure}.md`,
      text:
        frontMatter([
          ...common(procedure, 'Procedimiento 1'),
          'atAGlance:',
          '  duration: Unos 30 minutos',
          '  feelsLike: Un piquete y luego presión. Duele uno o dos días.',
          '  sedation: Medicina para adormecer',
          '  imaging: Rayos X',
          '  recovery: Descanse el resto del día',
          '  reliefDuration: Semanas o meses, si ayuda',
          'compare:',
          '  duration: Unos 30 minutos',
          '  feelsLike: Un piquete y luego presión',
          '  howWellItWorks: Algunas pruebas de alivio corto',
          '  mainRisks: Dolor y moretones; rara vez infección',
          '  relief: Semanas o meses, si ayuda',
          `questionsToAsk:\n${yamlList(['¿Me va a ayudar?', '¿Qué riesgos tiene?', '¿Qué pasa con mi anticoagulante, un trastorno de la coagulación o una infección?'])}`,
          ...urgent,
        ]) + sections(SCHEMA.procedures.quality?.requiredSections.es ?? [], links),
    },
    {
      path: `es/guides/${guide}.md`,
      text:
        frontMatter([
          ...common(guide, 'Guía 1'),
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml}`,
        ]) + sections(['Lo que debe saber', 'Qué hacer', 'Próximos pasos'], links),
    },
    {
      path: 'es/faqs/question-1.md',
      text:
        frontMatter([
          'translationOf: question-1',
          'question: "¿Es esta la pregunta de prueba número 1?"',
          'lastReviewed: 2026-06-01',
          `sources:\n${sourcesYaml.split('\n  - ')[0]}`,
        ]) + parrafo(12),
    },
    {
      path: `es/glossary/${term}.md`,
      text: frontMatter([
        `translationOf: ${term}`,
        `term: ${JSON.stringify(term)}`,
        `definition: ${JSON.stringify('Una palabra inventada para la prueba.')}`,
      ]),
    },
  ];
}
