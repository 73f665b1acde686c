/**
 * Everything a clinic changes to make this site its own. The header, footer, metadata,
 * urgent-care boxes and review dates all read from here: rebrand by editing this file alone.
 *
 * The clinic details below are placeholders (the .example domain and 555 numbers are
 * reserved for examples); replace every one before publishing.
 */
import type { Locale } from './i18n';
export type Reviewer = {
  /** A short id used in pages' front matter, such as "jsmith". */
  id: string;
  /** The clinician's name as it should appear on pages. */
  name: string;
  /** Their qualifications, such as "MD, board-certified in pain medicine". */
  credentials: string;
};

export type SiteConfig = {
  /** The site's name, shown in the header and after every page title. */
  siteName: string;
  /** One sentence saying what the site is, in each language: on the home page, in metadata and feeds. */
  tagline: Record<Locale, string>;
  /** The public address the site is deployed at, without a trailing slash; canonical links use it. */
  baseUrl: string;
  /**
   * The clinic's colours, as #rrggbb. The header, buttons, care cards, browser theme colour,
   * icon and sharing image are all drawn from these (see lib/brand.ts). White text sits on
   * both, so each must have a contrast of at least 4.5:1 with white (a unit test checks).
   */
  brand: {
    /** The main colour: the header, buttons and borders. */
    color: string;
    /** A darker shade of it, for hover states and edges. */
    colorDark: string;
  };
  clinic: {
    name: string;
    /** Shown as written and dialled as its digits. */
    phone: string;
    addressLines: readonly string[];
    /** Where patients book or request an appointment. */
    appointmentUrl: string;
  };
  /** The number to call in an emergency, shown on every "call now" card. */
  emergencyNumber: string;
  /**
   * The crisis line for thoughts of suicide or self-harm, shown on every page that mentions
   * them (the content check makes sure of it).
   */
  crisisLine: {
    /** Its name as readers know it. */
    name: string;
    /** Shown as written and dialled as its digits. */
    number: string;
    /** Whether a text message to the same number reaches it. */
    acceptsTexts: boolean;
  };
  /**
   * The clinic's clinicians who may sign pages off (a page's `clinicalReview.reviewer` is one
   * of these ids). Never list anyone who has not agreed to review pages.
   */
  reviewers: readonly Reviewer[];
  /**
   * Whether every page must carry a clinical review by one of the reviewers, within the
   * review interval: set it when the clinic is about to go live. While false, unreviewed
   * pages say so and the content report lists them.
   */
  requireClinicalReview: boolean;
  /** How many months after its last review a page is due to be reviewed again. */
  reviewIntervalMonths: number;
  /** How the content check treats translations (content/es/ for Spanish). */
  translations: {
    /**
     * Whether an English page without a translation, or with one older than its last change,
     * fails the check (true) or is only reported (false, while a translation is under way).
     */
    requireComplete: boolean;
  };
  /** Limits the content check holds every page to. */
  contentRules: {
    /** Highest Flesch–Kincaid grade for any one page's prose. */
    maxReadingGrade: number;
    /** Highest median grade across the library. */
    maxMedianReadingGrade: number;
    /**
     * Spanish pages are measured on the INFLESZ scale (higher is easier): the lowest score for
     * any one page (55 is "normal") and for the Spanish library's median (65, "bastante fácil").
     */
    minInfleszScore: number;
    minMedianInfleszScore: number;
    /** Whether a page past its review date fails the build (true) or is only reported (false). */
    overdueReviewIsError: boolean;
    /** The content report flags a guideline source older than this many years. */
    maxGuidelineAgeYears: number;
  };
};

export const siteConfig: SiteConfig = {
  siteName: 'Pain Care Guide',
  tagline: {
    en: 'Plain-language information about chronic pain and the procedures used to treat it, written for patients and their families.',
    es: 'Información en palabras sencillas sobre el dolor crónico y los procedimientos para tratarlo, escrita para pacientes y sus familias.',
  },
  baseUrl: 'https://pain-care-guide.example',
  brand: { color: '#00508f', colorDark: '#003a69' },
  clinic: {
    name: 'Example Pain Clinic',
    phone: '(555) 010-0100',
    addressLines: ['100 Example Street', 'Exampletown, ST 00000'],
    appointmentUrl: 'https://clinic.example/appointments',
  },
  emergencyNumber: '911',
  crisisLine: { name: '988 Suicide & Crisis Lifeline', number: '988', acceptsTexts: true },
  // No clinician of the clinic has reviewed the pages yet: every page says so.
  reviewers: [],
  requireClinicalReview: false,
  reviewIntervalMonths: 12,
  translations: { requireComplete: false },
  contentRules: {
    maxReadingGrade: 8,
    maxMedianReadingGrade: 7,
    minInfleszScore: 55,
    minMedianInfleszScore: 65,
    overdueReviewIsError: false,
    maxGuidelineAgeYears: 8,
  },
};
