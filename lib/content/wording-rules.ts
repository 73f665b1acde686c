/**
 * Wording the content check refuses in prose, with what to write instead. This is a US site:
 * it may give a UK recommendation, named as such, but never tells a US reader what a UK body
 * pays for.
 */
import type { Locale } from '../i18n';

export type RefusedWording = { pattern: RegExp; why: string };

export const REFUSED_WORDING: readonly RefusedWording[] = [
  {
    pattern:
      /\b(NHS|NICE|UK|England|British)\b[^.!?]*\b(fund|funds|funded|funding|pay for|pays for)\b/i,
    why: 'tells a US reader what a UK body funds; write what NICE, the UK’s guideline body, recommends, and give the US position',
  },
  { pattern: /\bday case\b/i, why: 'is a British term; write "outpatient"' },
  { pattern: /\bparacetamol\b/i, why: 'is the British name; write "acetaminophen (Tylenol)"' },
];

/** Wording refused on Spanish pages: Spain's words where US Spanish readers use others. */
export const REFUSED_WORDING_ES: readonly RefusedWording[] = [
  {
    pattern: /\b(NHS|NICE|Reino Unido|Inglaterra|brit[aá]nic)[^.!?]*\b(financia|paga|cubre)\b/i,
    why: 'tells a US reader what a UK body funds; write what NICE, the UK’s guideline body, recommends, and give the US position',
  },
  {
    pattern: /\bparacetamol\b/i,
    why: 'is the name used in Spain and the UK; write "acetaminofén (Tylenol)"',
  },
  { pattern: /\bconducir\b/i, why: 'is used in Spain; US Spanish readers say "manejar"' },
  {
    pattern: /\bvosotros\b|\bpodéis\b|\btenéis\b/i,
    why: 'is Spain’s "vosotros"; write for "usted"',
  },
];

export const refusedWordingFor = (locale: Locale) =>
  locale === 'es' ? REFUSED_WORDING_ES : REFUSED_WORDING;
