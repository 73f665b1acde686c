import { describe, expect, it } from 'vitest';
import { inflesz, infleszBand, syllablesEs } from '@/lib/content/inflesz';

describe('Spanish syllables', () => {
  it.each([
    ['dolor', 2],
    ['ciática', 3], // diphthong: ciá-ti-ca
    ['día', 2], // accented í breaks the diphthong: dí-a
    ['león', 2], // two strong vowels: le-ón
    ['cuidado', 3], // cui-da-do
    ['aeropuerto', 5], // a-e-ro-puer-to
    ['que', 1], // silent u
    ['pingüino', 3], // the ü is heard: pin-güi-no
    ['hoy', 1], // final y joins its vowel
    ['y', 1],
    ['ayer', 2], // y before a vowel is a consonant
    ['inyección', 3],
    ['anestésico', 5],
    ['2014', 1],
  ])('%s has %i', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });
});

describe('INFLESZ score', () => {
  it('scores short sentences of short words as very easy', () => {
    const { score, words, sentences } = inflesz([
      'El dolor de espalda es muy común. Casi siempre mejora en unas semanas.',
    ]);
    expect(words).toBe(13);
    expect(sentences).toBe(2);
    expect(score).toBeGreaterThan(80);
    expect(infleszBand(score)).toBe('muy fácil');
  });

  it('scores long sentences of long words as hard', () => {
    const { score } = inflesz([
      'La administración intraarticular de corticosteroides proporciona habitualmente una disminución considerable de la sintomatología inflamatoria articular.',
    ]);
    expect(score).toBeLessThan(40);
    expect(infleszBand(score)).toBe('muy difícil');
  });

  it('names the bands of the scale at their edges', () => {
    expect(infleszBand(54.9)).toBe('algo difícil');
    expect(infleszBand(55)).toBe('normal');
    expect(infleszBand(65)).toBe('bastante fácil');
    expect(infleszBand(80.1)).toBe('muy fácil');
  });
});
