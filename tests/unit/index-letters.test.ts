import { describe, expect, it } from 'vitest';
import {
  INDEX_LETTERS,
  indexLetter,
  letterLabel,
  letterOfSlug,
  letterSlug,
} from '@/lib/content/index-letters';
import { pageUrl } from '@/lib/content/schema';
import { FIXED_PATHS, isReservedPath } from '@/lib/content/site-paths';

describe('index letters', () => {
  it('files a name under its first letter, accents removed, and anything else under #', () => {
    expect(indexLetter(' epidural')).toBe('E');
    expect(indexLetter('Épidural')).toBe('E');
    expect(indexLetter('3D imaging')).toBe('#');
    expect(indexLetter('“Quoted”')).toBe('#');
  });

  it('gives every letter an address part that leads back to it', () => {
    expect(letterSlug('B')).toBe('b');
    expect(letterSlug('#')).toBe('0-9');
    for (const letter of INDEX_LETTERS) expect(letterOfSlug(letterSlug(letter))).toBe(letter);
    expect(letterOfSlug('bb')).toBeUndefined();
    expect(letterLabel('#')).toBe('0–9');
  });

  it("puts a glossary term on its letter's page", () => {
    expect(pageUrl('glossary', 'fluoroscopy')).toBe('/glossary/f#fluoroscopy');
    expect(pageUrl('glossary', '5-ht')).toBe('/glossary/0-9#5-ht');
  });
});

describe('site paths', () => {
  it('has a page for every letter of the glossary and the A–Z index, and every question topic', () => {
    expect(FIXED_PATHS).toContain('/glossary/a');
    expect(FIXED_PATHS).toContain('/glossary/0-9');
    expect(FIXED_PATHS).toContain('/a-z/z');
    expect(FIXED_PATHS).toContain('/faq/topics/safety');
    expect(new Set(FIXED_PATHS).size).toBe(FIXED_PATHS.length);
  });

  it('reserves fixed addresses and the folders that hold them', () => {
    expect(isReservedPath('/procedures/compare')).toBe(true);
    expect(isReservedPath('/faq/topics')).toBe(true);
    expect(isReservedPath('/faq/topics-and-more')).toBe(false);
    expect(isReservedPath('/procedures/nerve-block')).toBe(false);
  });
});
