import { describe, expect, it } from 'vitest';
import { titleCaseWords } from '@/lib/sentence-case';
import { uiText } from '@/lib/ui-text';

/** Every string in the interface words whose key names a title, heading or label, by its path. */
function titlesIn(value: unknown, path: string, inTitles = false): [string, string][] {
  if (typeof value === 'string') return inTitles ? [[path, value]] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    titlesIn(
      child,
      `${path}.${key}`,
      inTitles || key === 'nav' || /(heading|title|label)s?$/i.test(key),
    ),
  );
}

describe('sentence case', () => {
  it('finds words capitalised like names after the first word', () => {
    expect(titleCaseWords('Where Does It Hurt?')).toEqual(['Does', 'It', 'Hurt']);
    expect(titleCaseWords('Platelet-Rich Plasma (PRP) Injections')).toEqual([
      'Rich',
      'Plasma',
      'Injections',
    ]);
    expect(titleCaseWords('Inflammatory joint pain: Rheumatoid arthritis')).toEqual(['Rheumatoid']);
  });

  it('accepts sentence case, acronyms, "I" and known proper nouns', () => {
    expect(titleCaseWords('Where does it hurt?')).toEqual([]);
    expect(titleCaseWords('Complex regional pain syndrome (CRPS)')).toEqual([]);
    expect(titleCaseWords('Can I have an MRI with a spinal cord stimulator?')).toEqual([]);
    expect(titleCaseWords('Does Botox help migraine?')).toEqual([]);
    expect(titleCaseWords('What NICE says about PRP')).toEqual([]);
    expect(titleCaseWords('Acetaminophen (Tylenol)')).toEqual([]);
  });

  it('holds every interface title, heading and label to sentence case', () => {
    const titles = titlesIn(uiText, 'uiText');
    expect(titles.length).toBeGreaterThan(20);
    const offending = titles.filter(([, text]) => titleCaseWords(text).length > 0);
    expect(offending).toEqual([]);
  });
});
