/**
 * The interface's own words: navigation, fixed section headings and labels. Components
 * read them from here, so a second language means a second copy of this module, not
 * edits across components. Content words live in content/.
 */
import type { BodyArea, DriverNeeded, ProcedureKind, Topic } from './content/schema';
import type { DiagramPart, DiagramView } from './diagrams';
import type { Locale } from './i18n';
import { requestLocale } from './request-locale';
import { uiTextEs } from './ui-text-es';

const englishText = {
  skipToContent: 'Skip to main content',
  languageSwitch: {
    /** Names the other language in its own words, for readers of that language. */
    otherName: 'Español',
    otherLang: 'es',
    /** Where the page has no translation yet, the link goes to the other language's home page. */
    otherHome: 'Página principal en español',
  },
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
    bodyMap: 'Where does it hurt?',
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
    /** The home page's title in search results and browser tabs; unique in each language. */
    documentTitle: (siteName: string) => siteName,
    heading: 'Understand your pain and your treatment choices',
    browse: 'Start here',
    /** The ways in at the top of the home page, for a reader with a task. */
    booked: {
      heading: 'I have been booked for a procedure',
      intro: 'Choose the kind of procedure:',
      all: 'All procedures',
    },
    bodyMap: {
      heading: 'Where does it hurt?',
      intro: 'Find conditions by the part of your body that hurts.',
    },
    searchLabel: 'Search this site',
    /** {emergency} is the emergency number, as a link that dials it. */
    emergency: 'In an emergency, call {emergency} now.',
    emergencySigns: 'When to get help',
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
  about: {
    title: 'About this site',
    intro: (siteName: string) =>
      `What ${siteName} is, how its pages are written and checked, and how it protects your privacy.`,
    whatHeading: 'What this site is',
    what: (siteName: string, clinic: string) =>
      `${siteName} explains chronic pain, the conditions that cause it, and the procedures and injections that pain specialists use to treat it. It is written for patients and the people who care for them. It is published by ${clinic}.`,
    notAdviceHeading: 'This is not medical advice',
    notAdvice: (emergency: string) =>
      `This site is for education only. It cannot tell you what is right for you. Talk with your own doctor or care team before you start, stop or change any treatment or medicine. In an emergency, call ${emergency}.`,
    howHeading: 'How pages are written and checked',
    how: (months: number, clinic: string) => [
      'Every fact comes from its original publisher, such as a US government health agency, a guideline body, a major academic medical center, a medical journal or a device maker’s own labeling. The sources are listed at the end of each page. Where we give UK guidance, we say so.',
      'We write in plain words and short sentences, and explain medical terms in the {glossary}.',
      'We say how strong the evidence is. We do not promise that any treatment will work.',
      'We mention options that do not involve procedures, such as exercise, physical therapy and talking therapies.',
      `Each page shows the date it was last checked against its sources and when its next check is due. Pages are checked at least every ${months} months. Each page also says whether a clinician at ${clinic} has reviewed it.`,
      'Before the site is published, an automatic check refuses pages with missing or weak sources, broken links between pages, missing review dates, urgent advice at the wrong level, or missing safety points, such as device warnings.',
    ],
    glossaryLink: 'glossary',
    privacyHeading: 'Your privacy',
    privacy:
      'This site does not track you. It sets no cookies, uses no analytics, loads nothing from other websites and stores nothing in your browser. When you follow a link to another website, this site does not tell that website which page you came from.',
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
  /**
   * The anatomical diagrams (lib/diagrams.ts): each view's title and plain description, and
   * each part's label in the drawing (`label`), its name in a sentence (`name`) and what it is
   * (`about`). Labels stay short: they must fit beside a drawing 300 units wide.
   */
  diagrams: {
    views: {
      'lower-spine-side': {
        title: 'The lower spine, seen from the side',
        desc: 'A drawing of the lower back seen from the side, with the front of the body on the left. The spine bones are stacked with soft discs between them. Behind the bones, the spinal canal holds the nerves in a sac. The epidural space is the thin space around that sac. A nerve root leaves the spine between two bones. Small facet joints link the bones at the back.',
      },
      'spine-and-pelvis-back': {
        title: 'The lower spine and pelvis, seen from behind',
        desc: 'A drawing of the lower back and pelvis seen from behind. Small facet joints link the spine bones on each side. Thin medial branch nerves carry pain from these joints. At the bottom, the sacroiliac joints join the base of the spine to the pelvis.',
      },
      'head-and-neck': {
        title: 'The head and neck, seen from the side',
        desc: 'A drawing of the head and neck seen from the side, facing right. The neck bones run down the neck, behind the throat. The occipital nerves run up the back of the head from below the skull. The trigeminal nerve spreads over the face from in front of the ear. The muscles of the forehead, temple and back of the head and neck are shaded. The stellate ganglion, a bundle of nerves, sits deep in the lower neck, just in front of the spine.',
      },
      'sympathetic-nerves': {
        title: 'Nerves along the front of the spine',
        desc: 'A drawing of the spine seen from the front, from the neck to the lower back. A chain of nerves, with small knots of nerve cells along it, runs down each side of the spine. The stellate ganglion sits near the top, at the base of the neck. The celiac plexus, a web of nerves, sits in the upper belly, in front of the aorta (the main blood vessel).',
      },
      knee: {
        title: 'The knee joint, seen from the front',
        desc: 'A drawing of a right knee from the front. The thigh bone meets the shin bone, with the kneecap in front. Smooth cartilage covers the ends of the bones. The drawing shows the three genicular nerves most often treated: two above the joint and one below it on the inner side. A pouch of the joint lining rises under and above the kneecap.',
      },
      hip: {
        title: 'The hip joint, seen from the front',
        desc: 'A drawing of a right hip from the front. The ball at the top of the thigh bone sits in a cup in the pelvis. Smooth cartilage covers both. A tough sleeve, the joint capsule, wraps around the joint.',
      },
      muscle: {
        title: 'Muscles of the upper back and shoulder',
        desc: 'A drawing of the upper back and shoulders seen from behind. On one side, the large trapezius muscle runs from the base of the skull and the spine out to the point of the shoulder, over the shoulder blade. On the other side, the shoulder blade and the muscles around it show. A trigger point is a tight, tender knot in a tight band of muscle, here at the top of the shoulder.',
      },
      'pain-pathway': {
        title: 'How a pain signal reaches the brain',
        desc: 'A drawing of a person seen from the side. A nerve runs from the foot up the back of the leg to the lower spine. Arrows show a pain signal travelling along the nerve, past the dorsal root ganglion beside the spine, up the spinal cord, to the brain, where pain is felt.',
      },
      'spinal-cord-stimulator': {
        title: 'A spinal cord stimulator in the body',
        desc: 'A drawing of the trunk seen from the side, with the spine cut down the middle. A thin lead lies in the epidural space, just behind the spinal cord, in the middle of the back. A wire runs under the skin of the back to a small battery under the skin of the upper buttock. Some people have the battery in the side or belly instead.',
      },
      'pain-pump': {
        title: 'A pain pump in the body',
        desc: 'A drawing of the trunk seen from the side, with the spine cut down the middle. A round pump sits under the skin of the lower belly. A thin tube, the catheter, runs under the skin around the side to the back. It goes into the spine and through the covering of the spinal cord, so its tip lies in the fluid around the cord.',
      },
    } satisfies Record<DiagramView, { title: string; desc: string }>,
    parts: {
      'vertebral-body': {
        label: 'Spine bone',
        name: 'the body of a spine bone (vertebra)',
        about: 'the front, weight-bearing part of a spine bone',
      },
      disc: { label: 'Disc', name: 'a disc', about: 'the soft cushion between two spine bones' },
      'spinal-canal': {
        label: 'Spinal canal',
        name: 'the spinal canal',
        about: 'the tunnel inside the spine that holds the nerves',
      },
      'nerve-root': {
        label: 'Nerve root',
        name: 'a nerve root',
        about: 'a nerve where it leaves the spine',
      },
      'facet-joint': {
        label: 'Facet joint',
        name: 'a facet joint',
        about: 'one of the small joints at the back of the spine',
      },
      'epidural-space': {
        label: 'Epidural space',
        name: 'the epidural space',
        about:
          'the space inside the spinal canal, just outside the sac that holds the nerves and spinal fluid',
      },
      'lower-spine': {
        label: 'Lower spine',
        name: 'the lower spine',
        about: 'the bones of the lower back (the lumbar spine)',
      },
      'medial-branch-nerve': {
        label: 'Medial branch nerve',
        name: 'a medial branch nerve',
        about: 'a small nerve that carries pain from a facet joint',
      },
      'sacroiliac-joint': {
        label: 'SI joint',
        name: 'a sacroiliac (SI) joint',
        about: 'where the base of the spine joins the pelvis',
      },
      'neck-spine': {
        label: 'Neck bones',
        name: 'the neck bones (cervical spine)',
        about: 'the seven spine bones of the neck',
      },
      'occipital-nerve': {
        label: 'Occipital nerve',
        name: 'an occipital nerve',
        about: 'a nerve that runs up the back of the head',
      },
      'stellate-ganglion': {
        label: 'Stellate ganglion',
        name: 'the stellate ganglion',
        about: 'a bundle of nerves deep in the lower neck, just in front of the spine',
      },
      'trigeminal-nerve': {
        label: 'Trigeminal nerve',
        name: 'the trigeminal nerve',
        about: 'the nerve that carries feeling from the face',
      },
      'head-muscles': {
        label: 'Head muscles',
        name: 'the muscles of the head and neck',
        about: 'in the forehead, the temples, and the back of the head and neck',
      },
      'sympathetic-chain': {
        label: 'Sympathetic nerves',
        name: 'the sympathetic nerves',
        about: 'a chain of nerves along the spine that helps control blood flow and sweating',
      },
      'celiac-plexus': {
        label: 'Celiac plexus',
        name: 'the celiac plexus',
        about: 'a web of nerves in the upper belly, in front of the spine',
      },
      'knee-joint': {
        label: 'Knee joint',
        name: 'the knee joint',
        about: 'the space inside the knee where the bones meet',
      },
      cartilage: {
        label: 'Cartilage',
        name: 'the cartilage',
        about: 'the smooth layer that covers the ends of the bones in a joint',
      },
      'genicular-nerves': {
        label: 'Genicular nerves',
        name: 'the genicular nerves',
        about: 'small nerves that carry pain from the knee',
      },
      'hip-joint': {
        label: 'Hip joint',
        name: 'the hip joint',
        about: 'where the ball of the thigh bone sits in the cup of the pelvis',
      },
      'trigger-point': {
        label: 'Trigger point',
        name: 'a trigger point',
        about: 'a tight, tender knot in a muscle',
      },
      'peripheral-nerve': {
        label: 'Nerve',
        name: 'a nerve',
        about: 'one of the nerves that carry signals between the body and the spinal cord',
      },
      'dorsal-root-ganglion': {
        label: 'Dorsal root ganglion',
        name: 'a dorsal root ganglion',
        about:
          'a cluster of sensory nerve cells beside the spine; pain signals pass through it on the way to the spinal cord',
      },
      'spinal-cord': {
        label: 'Spinal cord',
        name: 'the spinal cord',
        about: 'the bundle of nerves inside the spine that carries signals to the brain',
      },
      brain: { label: 'Brain', name: 'the brain', about: 'where pain signals are felt' },
      'stimulator-leads': {
        label: 'Leads',
        name: 'the stimulator leads',
        about:
          'thin wires placed in the epidural space just behind the spinal cord, outside the sac around it',
      },
      'stimulator-battery': {
        label: 'Battery',
        name: 'the battery',
        about: 'the small power unit placed under the skin',
      },
      pump: { label: 'Pump', name: 'the pump', about: 'placed under the skin of the belly' },
      'pump-catheter': {
        label: 'Catheter',
        name: 'the catheter',
        about:
          'a thin tube that carries medicine from the pump to the fluid around the spinal cord',
      },
    } satisfies Record<DiagramPart, { label: string; name: string; about: string }>,
    /** Labels of parts drawn for context that no page highlights. */
    otherLabels: {
      painSignal: 'Pain signal',
      back: 'Back',
      front: 'Front',
      spinalFluid: 'Spinal fluid',
      aroundYourSide: 'Around your side',
      epiduralSpace: 'Epidural space',
      painStartsHere: 'Pain starts here',
      pelvis: 'Pelvis',
      sacrum: 'Sacrum',
      aorta: 'Aorta',
      neck: 'Neck',
      chest: 'Chest',
      belly: 'Belly',
      outerSide: 'Outer side',
      innerSide: 'Inner side',
      thighBone: 'Thigh bone',
      shinBone: 'Shin bone',
      fibula: 'Fibula',
      kneecap: 'Kneecap',
      rightKneeFront: 'Right knee, seen from the front',
      shoulderBlade: 'Shoulder blade',
      seenFromBehind: 'Seen from behind',
      trapezius: 'Trapezius',
      spine: 'Spine',
      left: 'Left',
      right: 'Right',
    },
    /** Said of the highlighted part in the picture's description, after the view's own words. */
    highlighted: (name: string, about: string) =>
      `The highlighted part, striped and outlined in bold, is ${name}: ${about}.`,
    captions: {
      'where-it-goes': (name: string, about: string) =>
        `Where the treatment goes: ${name}, ${about}. Look for the part with stripes and a thick outline.`,
      'where-it-acts': (name: string, about: string) =>
        `Where the medicine acts: ${name}, ${about}. Look for the part with stripes and a thick outline.`,
      condition: (name: string, about: string) =>
        `The part of the body involved: ${name}, ${about}. Look for the part with stripes and a thick outline.`,
    },
  },
  bodyMap: {
    heading: 'Where does it hurt?',
    intro:
      'Choose a part of the body on the picture or in the list to see the conditions that can cause pain there.',
    mapLabel: 'Body map: choose where it hurts',
    figuresLabel: 'The front and the back of a body',
    views: { front: 'Front', back: 'Back' },
    areasHeading: 'Conditions by part of the body',
    /** Not "Neck pain": a condition page may carry that title, and titles must be unique. */
    areaTitle: (area: string) => `Conditions that cause ${area.toLowerCase()} pain`,
    areaIntro: (area: string) =>
      `Conditions that can cause ${area.toLowerCase()} pain, each with a short description. Choose another part of the body on the picture.`,
    chooseAnother: 'Choose another part of the body',
    empty:
      'No condition on this site is filed under this part of the body yet. Try a part of the body nearby, or look through all conditions.',
    allConditions: 'All conditions',
    teaser:
      'Not sure what your condition is called? Start from where it hurts, on a picture of the body.',
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

/** The English words, as written. */
export { englishText };

/** The interface words of a language. */
export const uiTextFor = (locale: Locale): UiText => (locale === 'es' ? uiTextEs : englishText);

/**
 * The interface words of the page being rendered, in its language (lib/request-locale.ts):
 * components read `uiText.nav.home` and get "Home" or "Inicio". Read it while rendering, not
 * when a module loads, or it is always English.
 */
export const uiText: UiText = new Proxy({} as UiText, {
  get: (_target, key) => Reflect.get(uiTextFor(requestLocale()), key),
  ownKeys: () => Reflect.ownKeys(uiTextFor(requestLocale())),
  getOwnPropertyDescriptor: (_target, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(uiTextFor(requestLocale()), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});

/** Literal words widened to string, so another language's copy can have the same shape. */
type Widened<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widened<R>
    : T extends object
      ? { readonly [K in keyof T]: Widened<T[K]> }
      : T;

/** The shape of the interface words; every language's copy has exactly these keys. */
export type UiText = Widened<typeof englishText>;

export { fillText } from './fill-text';
