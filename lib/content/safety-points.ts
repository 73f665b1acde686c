/**
 * The safety points a procedure page must make, by what it involves (its `involves` field).
 * A point is made when every one of its patterns is found in the page's text as a reader
 * sees it: the body with its shared facts inserted, the key points, the at-a-glance box, the
 * urgent-advice cards and the questions to ask. `when` limits a point to pages whose text
 * matches it. Change the list here; the content check names the page and the missing point.
 */
import type { Locale } from '../i18n';
import type { ProcedureInvolves } from './schema';

export type SafetyPoint = {
  /** What the page must tell the reader, as the error message names it. */
  point: string;
  /** Each must be found; a pattern about two words in one sentence keeps them in one sentence. */
  patterns: readonly RegExp[];
  when?: RegExp;
};

const inOneSentence = (a: string, b: string) =>
  new RegExp(`(${a})[^.!?\\n]*(${b})|(${b})[^.!?\\n]*(${a})`, 'i');

export const SAFETY_POINTS: Record<ProcedureInvolves, readonly SafetyPoint[]> = {
  needle: [
    { point: 'blood thinners', patterns: [/blood thinner/i] },
    { point: 'bleeding disorders', patterns: [/bleeding (disorder|problem)/i] },
    { point: 'infection', patterns: [/infection/i] },
  ],
  steroid: [
    { point: 'blood sugar in diabetes', patterns: [/blood sugar/i, /diabet/i] },
    { point: 'infection', patterns: [/infection/i] },
    { point: 'pregnancy', patterns: [/pregnan/i] },
    {
      point: 'an allergy to contrast dye or iodine',
      patterns: [inOneSentence('allerg', 'contrast|dye|iodine')],
    },
    {
      point: "the FDA's 2014 warning on epidural steroids",
      patterns: [/\bFDA\b/, /2014/],
      when: /epidural/i,
    },
  ],
  sedation: [
    { point: 'not eating before sedation', patterns: [/\beat\b|\beating\b|fasting/i] },
    { point: 'an adult to drive you home', patterns: [/drive you home|\bdriver\b/i] },
    { point: 'no driving for 24 hours', patterns: [inOneSentence('drive|driving', '24 hours')] },
    {
      point: 'weekly diabetes or weight-loss injections (semaglutide, tirzepatide) and SGLT2 pills',
      patterns: [/semaglutide|tirzepatide|GLP-1/i, /SGLT2/i],
    },
  ],
  'implanted-device': [
    { point: 'MRI only under the device’s conditions', patterns: [/\bMRI\b/] },
    { point: 'the implant card', patterns: [/\b(implant|device|ID|identification) card/i] },
    { point: 'never diathermy', patterns: [/diathermy/i] },
    { point: 'pacemakers and defibrillators', patterns: [/pacemaker|defibrillator/i] },
    {
      point: 'airport and shop security gates',
      patterns: [/security (gate|scanner|screening|system|check)|airport/i],
    },
  ],
};

/** The same points as a Spanish page makes them, in the words the Spanish brief asks for. */
export const SAFETY_POINTS_ES: Record<ProcedureInvolves, readonly SafetyPoint[]> = {
  needle: [
    { point: 'anticoagulantes (blood thinners)', patterns: [/anticoagulante/i] },
    {
      point: 'trastornos de la coagulación (bleeding disorders)',
      patterns: [/trastornos? de (la )?coagulaci[oó]n|problemas? de sangrado/i],
    },
    { point: 'infección (infection)', patterns: [/infecci[oó]n/i] },
  ],
  steroid: [
    {
      point: 'azúcar en la sangre con diabetes (blood sugar in diabetes)',
      patterns: [/az[uú]car en la sangre/i, /diab[eé]t/i],
    },
    { point: 'infección (infection)', patterns: [/infecci[oó]n/i] },
    { point: 'embarazo (pregnancy)', patterns: [/embaraz/i] },
    {
      point: 'alergia al medio de contraste o al yodo (an allergy to contrast dye or iodine)',
      patterns: [inOneSentence('al[eé]rgi', 'contraste|yodo')],
    },
    {
      point: "la advertencia de la FDA de 2014 (the FDA's 2014 warning on epidural steroids)",
      patterns: [/\bFDA\b/, /2014/],
      when: /epidural/i,
    },
  ],
  sedation: [
    { point: 'no comer antes de la sedación (not eating)', patterns: [/\bcomer\b|\bayun/i] },
    {
      point: 'un adulto que lo lleve a casa (an adult to drive you home)',
      patterns: [/lleve a (su )?casa|llevarlo a (su )?casa|conductor/i],
    },
    {
      point: 'no manejar durante 24 horas (no driving for 24 hours)',
      patterns: [inOneSentence('manej', '24 horas')],
    },
    {
      point: 'semaglutida, tirzepatida y pastillas SGLT2',
      patterns: [/semaglutida|tirzepatida|GLP-1/i, /SGLT2/i],
    },
  ],
  'implanted-device': [
    { point: 'resonancia magnética (MRI)', patterns: [/resonancia magn[eé]tica|\bMRI\b/i] },
    {
      point: 'la tarjeta del implante (the implant card)',
      patterns: [/tarjeta (del implante|del dispositivo|de identificaci[oó]n)/i],
    },
    { point: 'nunca diatermia (never diathermy)', patterns: [/diatermia/i] },
    { point: 'marcapasos y desfibriladores', patterns: [/marcapasos|desfibrilador/i] },
    {
      point: 'aeropuertos y detectores de seguridad (security gates)',
      patterns: [/aeropuerto|detector(es)? de seguridad|control(es)? de seguridad/i],
    },
  ],
};

/** The safety points for pages in a language. */
export const safetyPointsFor = (locale: Locale) =>
  locale === 'es' ? SAFETY_POINTS_ES : SAFETY_POINTS;
