import { describe, expect, it } from 'vitest';
import { wholeWordsPattern } from '@/lib/content/readability';
import { termMatcher } from '@/lib/content/term-matcher';

const terms = [
  'nerve',
  'nerve root',
  'nerve roots',
  'X-ray',
  'spinal cord',
  'spinal cord stimulation',
  'RFA',
];

describe('termMatcher', () => {
  it('finds whole words and phrases, case-insensitively, preferring the longest', () => {
    const find = termMatcher(terms);
    expect(
      find('Spinal cord stimulation eases nerve roots pain; an x-ray shows the NERVE.'),
    ).toEqual([
      { index: 0, text: 'Spinal cord stimulation' },
      { index: 30, text: 'nerve roots' },
      { index: 51, text: 'x-ray' },
      { index: 67, text: 'NERVE' },
    ]);
  });

  it('never matches part of a word', () => {
    const find = termMatcher(['dura', 'RFA']);
    expect(find('Dural sac and RFAs and rfa2 but RFA.')).toEqual([{ index: 32, text: 'RFA' }]);
  });

  it('gives the same matches as one regular expression of every term', () => {
    const text =
      'The nerve root, the nerve-roots and nerves. A spinal cord (spinal cord stimulation) and X-rays or x-ray; RFA/rfa.';
    const pattern = wholeWordsPattern(terms)!;
    const expected = [...text.matchAll(pattern)].map((m) => ({ index: m.index!, text: m[0] }));
    expect(termMatcher(terms)(text)).toEqual(expected);
  });

  it('finds nothing with no terms', () => {
    expect(termMatcher([])('any text')).toEqual([]);
  });
});
