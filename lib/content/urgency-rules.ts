/**
 * What may not be filed as an emergency, and what counts as speaking of self-harm. The content
 * check reads these; change them here. Each pattern is tested against one item of a page's
 * `callEmergency` list, case-insensitively.
 */
import type { Locale } from '../i18n';

export type RefusedEmergency = { pattern: RegExp; reads: string; instead: string };

export const REFUSED_EMERGENCY_ITEMS: readonly RefusedEmergency[] = [
  {
    pattern:
      /needle (went|goes) in|needle site|injection site|\bwound\b|\bincision\b|\bpus\b|where the wires? (come|comes|goes) (out|in)/i,
    reads: 'a wound-site sign',
    instead: 'callToday',
  },
  {
    pattern: /\balarm\b|\bbeep|\bbattery\b|\bcharger\b|\bremote\b/i,
    reads: 'a device alarm or fault',
    instead: 'callToday',
  },
  {
    pattern: /\b(ever had|history of|have had|had cancer|past cancer)\b/i,
    reads: 'a history item',
    instead: 'callToday',
  },
  {
    pattern:
      /worse when you (sit|stand)|when you sit or stand|comes on when you (sit|stand)|when upright/i,
    reads: 'a headache that comes when upright',
    instead: 'callToday',
  },
  { pattern: /blood sugar/i, reads: 'a blood-sugar reading', instead: 'callToday' },
];

/** Words that speak of suicide or self-harm: a page using them must show the crisis line. */
export const SELF_HARM =
  /suicid|self-harm|harm(ing)? yourself|ending your life|end your life|kill(ing)? yourself/i;

/** Whether a sentence or an item speaks of suicide or self-harm. */
export const speaksOfSelfHarm = (text: string): boolean => SELF_HARM.test(text);

/** The same refusals for Spanish items. */
export const REFUSED_EMERGENCY_ITEMS_ES: readonly RefusedEmergency[] = [
  {
    pattern:
      /donde (entr[oó]|entra) la aguja|sitio de (la )?inyecci[oó]n|\bherida\b|\bincisi[oó]n\b|\bpus\b/i,
    reads: 'a wound-site sign',
    instead: 'callToday',
  },
  {
    pattern: /\balarma\b|\bpitido|\bbater[ií]a\b|\bcargador\b|\bcontrol remoto\b/i,
    reads: 'a device alarm or fault',
    instead: 'callToday',
  },
  {
    pattern: /\b(ha tenido|antecedentes de|tuvo c[aá]ncer)\b/i,
    reads: 'a history item',
    instead: 'callToday',
  },
  {
    pattern:
      /(empeora|aparece) (al|cuando) (se )?(sienta|sentarse|pone de pie|ponerse de pie|levanta)/i,
    reads: 'a headache that comes when upright',
    instead: 'callToday',
  },
  { pattern: /az[uú]car en la sangre/i, reads: 'a blood-sugar reading', instead: 'callToday' },
];

const SELF_HARM_ES = /suicid|hacerse daño|lastimarse|quitarse la vida|acabar con su vida/i;

export const refusedEmergencyItemsFor = (locale: Locale) =>
  locale === 'es' ? REFUSED_EMERGENCY_ITEMS_ES : REFUSED_EMERGENCY_ITEMS;

/** Whether a sentence or an item speaks of suicide or self-harm, in either language. */
export const speaksOfSelfHarmIn = (text: string): boolean =>
  SELF_HARM.test(text) || SELF_HARM_ES.test(text);
