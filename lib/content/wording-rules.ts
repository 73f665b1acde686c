/**
 * Wording the content check refuses in prose, with what to write instead. This is a US site:
 * it may give a UK recommendation, named as such, but never tells a US reader what a UK body
 * pays for.
 */
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
