import { describe, expect, it } from 'vitest';
import {
  excuseTerms,
  median,
  readability,
  sentencesIn,
  syllables,
} from '@/lib/content/readability';

describe('syllables', () => {
  it('estimates syllables the way readability formulas expect', () => {
    const counts = Object.fromEntries(
      [
        'the',
        'pain',
        'nerve',
        'simple',
        'people',
        'medicine',
        'injection',
        'procedure',
        'radiofrequency',
        'used',
      ].map((w) => [w, syllables(w)]),
    );
    expect(counts).toEqual({
      the: 1,
      pain: 1,
      nerve: 1,
      simple: 2,
      people: 2,
      medicine: 3,
      injection: 3,
      procedure: 3,
      radiofrequency: 5,
      used: 1,
    });
    expect(syllables('2026')).toBe(1);
  });
});

describe('sentencesIn', () => {
  it('splits on closing punctuation and treats a list item without it as one sentence', () => {
    expect(sentencesIn('It helps. Does it hurt? Yes!')).toEqual([
      'It helps.',
      'Does it hurt?',
      'Yes!',
    ]);
    expect(sentencesIn('A slipped disc')).toEqual(['A slipped disc']);
    expect(sentencesIn('...')).toEqual([]);
  });
});

describe('readability', () => {
  it('gives easy text a low grade and dense text a high one', () => {
    const easy = readability(['The cat sat on the mat. It was warm. The sun was out.']);
    expect(easy).toMatchObject({ words: 13, sentences: 3 });
    expect(easy.grade).toBeLessThan(2);
    const hard = readability([
      'Comprehensive interdisciplinary rehabilitation incorporates psychological and pharmacological interventions individualized to circumstances.',
    ]);
    expect(hard.grade).toBeGreaterThan(20);
  });

  it('applies the Flesch–Kincaid formula', () => {
    // 6 words, 1 sentence, 7 syllables: 0.39 × 6 + 11.8 × 7/6 − 15.59 = 0.5
    expect(readability(['Your doctor will check your back.'])).toEqual({
      words: 6,
      sentences: 1,
      syllables: 7,
      grade: 0.5,
    });
  });

  it('measures nothing in an empty page', () => {
    expect(readability([])).toEqual({ words: 0, sentences: 0, syllables: 0, grade: 0 });
  });
});

describe('excuseTerms', () => {
  it('replaces glossary terms, whole words only and longest first, with a one-syllable word', () => {
    expect(
      excuseTerms('Radiofrequency ablation and fluoroscopy.', [
        'fluoroscopy',
        'radiofrequency ablation',
        'ablation',
      ]),
    ).toBe('term and term.');
    expect(excuseTerms('Dural sac', ['dura'])).toBe('Dural sac');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
