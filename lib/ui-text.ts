/**
 * The interface's own words: navigation, fixed section headings and labels. Components
 * read them from here, so a second language means a second copy of this module, not
 * edits across components. Content words live in content/.
 */
import type { BodyArea, DriverNeeded, ProcedureKind, Topic } from './content/schema';

export const uiText = {
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Home',
    conditions: 'Conditions',
    procedures: 'Procedures',
    guides: 'Guides',
    faq: 'Questions',
    glossary: 'Glossary',
    about: 'About',
    az: 'A to Z',
    menu: 'Menu',
  },
  breadcrumbs: 'Breadcrumb',
  collections: {
    conditions: {
      title: 'Conditions',
      single: 'Condition',
      intro:
        'Common causes of long-lasting pain: what they are, how they are treated, and when to get help.',
    },
    procedures: {
      title: 'Procedures and injections',
      single: 'Procedure',
      intro:
        'What happens before, during and after each procedure, how well it works, and its risks.',
    },
    guides: {
      title: 'Guides',
      single: 'Guide',
      intro:
        'Background reading on chronic pain, treatment choices and getting ready for a procedure.',
    },
    faqs: {
      title: 'Common questions',
      single: 'Question',
      intro: 'Short answers to the questions patients ask most often.',
    },
    glossary: {
      title: 'Glossary',
      single: 'Glossary term',
      intro: 'Medical words used on this site, explained in plain language.',
    },
  },
  keyPoints: 'Key points',
  onThisPage: 'On this page',
  atAGlance: 'At a glance',
  glanceLabels: {
    duration: 'How long it takes',
    feelsLike: 'What it feels like',
    sedation: 'Numbing and sedation',
    imaging: 'Imaging guidance',
    recovery: 'Recovery',
    reliefDuration: 'How long relief may last',
  },
  questionsToAsk: 'Questions to ask your doctor',
  otherNames: 'Also called',
  sources: 'Sources',
  sourcesIntro: 'The facts on this page come from these public sources:',
  readingTime: (minutes: number) => `${minutes} minute${minutes === 1 ? '' : 's'} to read`,
  /** When the page was last checked against its sources (not a clinician's sign-off). */
  lastReviewed: 'Last checked against sources',
  nextReview: 'Next check due',
  related: {
    conditions: 'Related conditions',
    procedures: 'Procedures that may be used',
    faqs: 'Related questions',
    guides: 'Related guides',
  },
  /**
   * Urgent advice at three levels, as NHS care cards give it: each card has its own heading
   * and first sentence. {emergency}, {clinic} and {phone} come from the site configuration.
   */
  urgent: {
    /** The heading over the cards, in the table of contents. */
    conditionHeading: 'When to get help now',
    procedureHeading: 'When to get help after the procedure',
    callEmergency: {
      heading: 'Call {emergency} now',
      intro: 'Call {emergency} or go to the nearest emergency room right away if you have:',
    },
    callToday: {
      heading: 'Call your care team today',
      intro:
        'Call {clinic} at {phone} the same day if you have any of these. When the clinic is closed, go to an urgent care center.',
    },
    seeYourDoctor: {
      heading: 'Book a visit',
      intro: 'Make an appointment with your care team if:',
    },
    crisis: 'Thoughts of suicide or harming yourself:',
  },
  crisisLine: {
    lead: '{name}.',
    text: 'If you are thinking about suicide or harming yourself, or are worried about someone else, help is there day and night. It is free and private.',
    call: 'Call {number}',
    or: ' or ',
    textUs: 'text {number}',
  },
  review: {
    clinical: 'Clinical review',
    notYet:
      'Not yet reviewed by a clinician at {clinic}. The facts were checked against the sources listed above.',
    reviewedBy: 'Reviewed by {name}, {credentials}, on {date}',
  },
  nextSteps: 'What may come next',
  comesAfter: 'Often comes first',
  glossaryRelated: 'Read more',
  faqAnswerFor: 'Answer',
  bodyAreas: {
    head: 'Head',
    neck: 'Neck',
    'shoulder-arm': 'Shoulder and arm',
    'upper-back': 'Upper back',
    'lower-back': 'Lower back',
    'hip-buttock': 'Hip and buttock',
    'leg-knee': 'Leg and knee',
    foot: 'Foot',
    'whole-body': 'Whole body',
  } satisfies Record<BodyArea, string>,
  procedureKinds: {
    injection: 'Injection',
    'nerve-block': 'Nerve block',
    ablation: 'Ablation',
    neuromodulation: 'Nerve stimulation',
    regenerative: 'Regenerative treatment',
    implant: 'Implanted device',
    'vertebral-augmentation': 'Spine bone repair',
    infusion: 'Infusion',
  } satisfies Record<ProcedureKind, string>,
  topics: {
    'understanding-pain': 'Understanding chronic pain',
    'treatment-options': 'Treatment options',
    'before-a-procedure': 'Before a procedure',
    'procedure-day': 'On the day of a procedure',
    'after-a-procedure': 'After a procedure',
    safety: 'Safety and risks',
    medicines: 'Medicines',
    'living-well': 'Living with chronic pain',
    'costs-and-access': 'Costs and access',
  } satisfies Record<Topic, string>,
  bodyAreaLabel: 'Where it hurts',
  home: {
    heading: 'Understand your pain and your treatment choices',
    browse: 'Start here',
    /** The site-wide urgent advice, at the same three levels as every page's cards. */
    urgent: {
      heading: 'When to get help',
      callEmergency: [
        'Sudden weakness or numbness in your legs, or new loss of control of your bladder or bowels',
        'Numbness in your groin, genitals or bottom',
        'Signs of a stroke: a drooping face, a weak arm, or trouble speaking',
        'Chest pain or trouble breathing',
        'Swelling of your face, lips or throat after a medicine or injection',
        'A fever with a severe headache and a stiff neck',
        'Thoughts of suicide or harming yourself',
      ],
      callToday: [
        'Redness, swelling, warmth or pus where a needle went in',
        'A fever or chills after a procedure',
        'An alarm from an implanted pump or stimulator',
        'A headache that comes on when you sit or stand after a spinal procedure',
        'Blood sugar far above your usual level after a steroid shot',
      ],
      seeYourDoctor: [
        'Your pain has not changed some weeks after a treatment',
        'Your pain is slowly getting worse, or stops you doing everyday things',
        'You have questions about your medicines or your treatment plan',
      ],
    },
  },
  footer: {
    disclaimer:
      'This site is for education only. It is not medical advice and does not replace talking with your own doctor or care team.',
    privacy: 'This site uses no cookies, no analytics and no tracking of any kind.',
    contact: 'Contact',
    appointment: 'Request an appointment',
    call: 'Call',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find that page. It may have moved, or the address may have a typo.',
    suggestions: 'Try one of these instead:',
  },
  letters: {
    nav: 'Browse by letter',
    /** Said after a letter that has nothing under it, which is not a link. */
    empty: 'nothing yet',
    /** The words after "starting with" for a letter; "#" holds names starting with a digit or symbol. */
    startingWith: (letter: string) =>
      letter === '#' ? 'a number or symbol' : `the letter ${letter}`,
    glossaryTitle: (label: string) => `Glossary: ${label}`,
    glossaryIntro: (startingWith: string) =>
      `Medical words starting with ${startingWith}, explained in plain language.`,
    glossaryEmpty: (startingWith: string) =>
      `No words in the glossary start with ${startingWith} yet. Choose another letter above.`,
    azTitle: (label: string) => `A to Z index: ${label}`,
    azIntro: (startingWith: string) =>
      `Conditions, procedures, guides and medical words starting with ${startingWith}, including other names they go by.`,
    azEmpty: (startingWith: string) =>
      `Nothing on this site starts with ${startingWith} yet. Choose another letter above.`,
    chooseLetter: 'Choose a letter to see everything filed under it.',
  },
  glossaryPopup: {
    /** The link in a definition shown on a touch screen. */
    more: 'Read more in the glossary',
  },
  sectionLink: {
    label: 'Link to this section',
    copied: 'Link to this section copied',
    failed: 'Could not copy the link; the address bar now shows it',
  },
  az: {
    title: 'A to Z index',
    intro:
      'Every condition, procedure, guide and medical word on this site, in alphabetical order, including the other names they go by.',
    see: 'see',
  },
  bodyMap: {
    heading: 'Where does it hurt?',
    intro:
      'Choose a part of the body on the picture or in the list to see the conditions that cause pain there.',
    mapLabel: 'Body map: choose where it hurts',
  },
  faqTopics: {
    title: (topic: string) => `Common questions: ${topic}`,
    intro: (topic: string) =>
      `Every question on the topic “${topic}”. Each short answer has a page of its own.`,
    empty: 'There are no questions on this topic yet.',
    seeAll: (topic: string, count: number) => `All ${count} questions on “${topic}”`,
  },
  procedureKindHeadings: {
    injection: 'Injections',
    'nerve-block': 'Nerve blocks',
    ablation: 'Ablation',
    neuromodulation: 'Nerve stimulation',
    regenerative: 'Regenerative treatments',
    implant: 'Implanted devices',
    'vertebral-augmentation': 'Spine bone repair',
    infusion: 'Infusions',
  } satisfies Record<ProcedureKind, string>,
  comparison: {
    heading: 'Compare procedures at a glance',
    link: 'Compare all procedures side by side',
    caption:
      'What each procedure feels like, how well it works, its main risks, whether you need a driver, how long it takes, and how long relief may last.',
    procedure: 'Procedure',
    scrollHint: 'On a small screen, scroll each table sideways to see every column.',
    /** The column headings, in the order lib/procedure-comparison.ts shows them. */
    columns: {
      feelsLike: 'What it feels like',
      howWellItWorks: 'How well it works',
      mainRisks: 'Main risks',
      driver: 'Driver needed',
      duration: 'How long it takes',
      relief: 'How long relief may last',
    },
    driver: {
      yes: 'Yes',
      'if-sedated': 'Only if you have sedation',
      no: 'Not usually',
    } satisfies Record<DriverNeeded, string>,
  },
  print: {
    button: 'Print this page',
    email: 'Email this page',
    address: 'Read this page online: {url}',
    qr: 'QR code linking to {url}',
  },
  search: {
    title: 'Search',
    intro: 'Search every condition, procedure, guide, question and glossary term on this site.',
    label: 'Search this site',
    /** The header's search form, named apart from the search page's own form. */
    headerLabel: 'Quick search',
    button: 'Search',
    filterLabel: 'Show',
    allTypes: 'Everything',
    loading: 'Searching…',
    // {query}, {count} and {words} are filled in by the search script.
    searchedInstead:
      'No page has all the words in “{query}”. Showing {count} results for “{words}” instead.',
    someWords:
      'No page has all the words in “{query}”. Showing {count} pages with most of the words “{words}”.',
    noResults:
      'No pages match “{query}”. Try fewer or simpler words, or browse the lists of conditions and procedures.',
    resultCount: '{count} results for “{query}”',
    resultCountOne: '1 result for “{query}”',
    needsJavaScript:
      'Search needs JavaScript, which is turned off or not available. You can still find every page in these lists:',
    unavailable: 'Search is not available right now. Please browse the lists of pages instead.',
  },
} as const;

export { fillText } from './fill-text';
