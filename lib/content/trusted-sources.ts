/**
 * The publishers this site counts as trusted: government health agencies, the NHS and
 * NICE, major academic medical centers, Cochrane and specialty societies. A source is
 * trusted when its address is on one of these sites or their subdomains.
 *
 * Journals, clinic and company pages, news sites and copies of other pages are not on the
 * list: they may still be cited, but every page needs enough trusted sources beside them.
 */
export const TRUSTED_PUBLISHERS: Record<string, string> = {
  // Government health agencies and their libraries
  'nih.gov':
    'US National Institutes of Health (including MedlinePlus, NINDS, NCCIH and PubMed Central)',
  'medlineplus.gov': 'MedlinePlus (US National Library of Medicine)',
  'cdc.gov': 'US Centers for Disease Control and Prevention',
  'fda.gov': 'US Food and Drug Administration',
  'cms.gov': 'US Centers for Medicare & Medicaid Services',
  'ahrq.gov': 'US Agency for Healthcare Research and Quality',
  'va.gov': 'US Department of Veterans Affairs',
  'hhs.gov': 'US Department of Health and Human Services',
  'who.int': 'World Health Organization',
  'nhs.uk': 'NHS',
  'nice.org.uk': 'NICE',
  'hqontario.ca': 'Health Quality Ontario',
  // Evidence reviews
  'cochranelibrary.com': 'Cochrane Library',
  'cochrane.org': 'Cochrane',
  // Major academic medical centers
  'clevelandclinic.org': 'Cleveland Clinic',
  'mayoclinic.org': 'Mayo Clinic',
  'hopkinsmedicine.org': 'Johns Hopkins Medicine',
  'health.harvard.edu': 'Harvard Health Publishing',
  'massgeneral.org': 'Massachusetts General Hospital',
  'cedars-sinai.org': 'Cedars-Sinai',
  'uofmhealth.org': 'Michigan Medicine',
  'ucsf.edu': 'University of California, San Francisco',
  'stanfordhealthcare.org': 'Stanford Health Care',
  'pennmedicine.org': 'Penn Medicine',
  'hss.edu': 'Hospital for Special Surgery',
  'uclahealth.org': 'UCLA Health',
  'nyulangone.org': 'NYU Langone Health',
  'mountsinai.org': 'Mount Sinai',
  'uwhealth.org': 'UW Health',
  'hospital.uillinois.edu': 'University of Illinois Hospital',
  // Specialty societies and professional bodies
  'asra.com': 'American Society of Regional Anesthesia and Pain Medicine',
  'asahq.org': 'American Society of Anesthesiologists',
  'painmed.org': 'American Academy of Pain Medicine',
  'spineintervention.org': 'Spine Intervention Society',
  'aaos.org': 'American Academy of Orthopaedic Surgeons (including OrthoInfo)',
  'orthoguidelines.org': 'American Academy of Orthopaedic Surgeons guidelines',
  'rheumatology.org': 'American College of Rheumatology',
  'aan.com': 'American Academy of Neurology',
  'americanheadachesociety.org': 'American Headache Society',
  'aomrc.org.uk': 'Academy of Medical Royal Colleges',
  'fpm.ac.uk': 'Faculty of Pain Medicine',
  'rcoa.ac.uk': 'Royal College of Anaesthetists',
  'britishpainsociety.org': 'British Pain Society',
  'rcr.ac.uk': 'Royal College of Radiologists',
};

/**
 * Sites on a trusted domain that host other people's work: an article in PubMed Central
 * is a journal's, not the National Library of Medicine's. They count as ordinary sources.
 */
export const HOSTS_OF_OTHERS_WORK = [
  'ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
];

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Whether a source address is on a trusted publisher's own site. */
export function isTrustedSource(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  if (HOSTS_OF_OTHERS_WORK.some((domain) => onDomain(host, domain))) return false;
  return Object.keys(TRUSTED_PUBLISHERS).some((domain) => onDomain(host, domain));
}

/**
 * Sources the content check refuses, with the reason shown to the author. A clinician would
 * not accept them: copies and mirrors of other publishers' pages, content farms, web archives
 * of pages that are still live elsewhere, single-clinic marketing, and commercial health-news
 * sites. Cite the original publisher instead.
 */
export const REFUSED_SOURCE_HOSTS: Record<string, string> = {
  // Copies, mirrors, proxies and archives of other publishers' pages
  'aneskey.com': 'a copy of textbook chapters',
  'musculoskeletalkey.com': 'a copy of textbook chapters',
  'zproxy.org': 'a proxy copy of another site',
  'iiab.me': 'a mirror of another site',
  'scribd.com': 'a document-sharing site holding copies',
  'docslib.org': 'a document-sharing site holding copies',
  'ichgcp.net': 'a mirror of journal abstracts',
  'adhub360.com': 'a copy of journal articles',
  'manualshelf.com': 'a copy of device manuals, which may be out of date',
  'webarchive.library.unt.edu': 'an archived copy of a government page',
  'cybercemetery.unt.edu': 'an archived copy of a government page',
  'staywellsolutionsonline.com': 'licensed health-library text copied onto a hospital site',
  // Content farms
  'experts123.com': 'a content farm',
  'biologyinsights.com': 'a content farm',
  'drugotc.com': 'a content farm',
  'brieflands.com': 'a publisher without established peer review',
  // Commercial health news and marketing sites
  'medicalnewstoday.com': 'a commercial health-news site',
  'healthline.com': 'a commercial health-news site',
  'verywellhealth.com': 'a commercial health-news site',
  'webmd.com': 'a commercial health-news site',
  'medicalbag.com': 'a commercial trade-news site',
  'clinicalpainadvisor.com': 'a commercial trade-news site',
  'rheumatologyadvisor.com': 'a commercial trade-news site',
  'rheumatologynetwork.com': 'a commercial trade-news site',
  'beckersspine.com': 'a commercial trade-news site',
  'clinicalservicesjournal.com': 'a commercial trade-news site',
  'health.cvs.com': 'a pharmacy chain’s marketing page',
  'openpayer.com': 'a commercial billing-data site',
  // Single clinics' and private providers' marketing pages
  'novocur.com': 'a clinic’s marketing page',
  'nvpaincare.com': 'a clinic’s marketing page',
  'nvcpc.com': 'a clinic’s marketing page',
  'rapaindocs.com': 'a clinic’s marketing page',
  'barrcenter.com': 'a clinic’s marketing page',
  'piedmontpaincare.com': 'a clinic’s marketing page',
  'completepaincare.com': 'a clinic’s marketing page',
  'olympiadoctors.com': 'a clinic’s marketing page',
  'drrezamobasheri.com': 'a clinic’s marketing page',
  'mendelsonortho.com': 'a clinic’s marketing page',
  'midwestspine.net': 'a clinic’s marketing page',
  'metropain.com.au': 'a clinic’s marketing page',
  'ispwscottsdale.com': 'a clinic’s marketing page',
  'keithschmidtmd.com': 'a clinic’s marketing page',
  'ntxmsk.com': 'a clinic’s marketing page',
  'specialisedpainmedicine.com.au': 'a clinic’s marketing page',
  'amsk.co.uk': 'a clinic’s marketing page',
  'ukspinecentre.co.uk': 'a clinic’s marketing page',
  'spirehealthcare.com': 'a private hospital group’s marketing page',
  'nuffieldhealth.com': 'a private hospital group’s marketing page',
  'amimaging.com': 'an imaging clinic’s marketing page',
  'cornerstonehealthcaresolutions.net': 'a clinic’s marketing page',
  'mymlc.com': 'a clinic’s marketing page',
  'columbianeurology.org': 'a clinic’s marketing page',
};

/** Address patterns refused wherever they are hosted: redirect services that hide the real source. */
export const REFUSED_SOURCE_PATHS: { pattern: RegExp; why: string }[] = [
  { pattern: /\/lookup\/external-ref\b/, why: 'a journal’s redirect link, not the article itself' },
];

/** Why a source address is refused, or undefined when it may be cited. */
export function refusedSourceReason(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const domain = Object.keys(REFUSED_SOURCE_HOSTS).find((d) => onDomain(host, d));
  if (domain) return REFUSED_SOURCE_HOSTS[domain];
  return REFUSED_SOURCE_PATHS.find(({ pattern }) => pattern.test(parsed.pathname + parsed.search))
    ?.why;
}
