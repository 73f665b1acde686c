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
  'nih.gov': 'US National Institutes of Health (including MedlinePlus, NINDS, NCCIH and PubMed Central)',
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
export const HOSTS_OF_OTHERS_WORK = ['ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov'];

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
