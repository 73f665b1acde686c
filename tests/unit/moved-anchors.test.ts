// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { INDEX_LETTERS } from '@/lib/content/index-letters';
import { pageUrl } from '@/lib/content/schema';
import { azLetterPath, glossaryLetterPath } from '@/lib/content/site-paths';
import { movedAnchorTarget } from '@/lib/moved-anchors';
import { followMovedAnchor } from '@/enhance/moved-anchors';

describe('old links to parts of split pages', () => {
  it('sends a glossary term to its letter page, where pageUrl puts it', () => {
    for (const slug of ['fluoroscopy', 'c-arm', 'zygapophyseal-joint', '5-ht']) {
      expect(movedAnchorTarget('glossary', `#${slug}`)).toBe(pageUrl('glossary', slug));
    }
  });

  it('sends an old letter section to the letter page', () => {
    for (const letter of INDEX_LETTERS) {
      const hash = `#${encodeURIComponent(`letter-${letter}`)}`;
      expect(movedAnchorTarget('glossary', hash)).toBe(glossaryLetterPath(letter));
      expect(movedAnchorTarget('a-z', hash)).toBe(azLetterPath(letter));
    }
  });

  it("sends a question to its own page and leaves the FAQ's topic sections alone", () => {
    expect(movedAnchorTarget('faq', '#does-it-hurt')).toBe(pageUrl('faqs', 'does-it-hurt'));
    expect(movedAnchorTarget('faq', '#topic-safety')).toBeNull();
    expect(movedAnchorTarget('faq', '#letter-A')).toBeNull();
  });

  it('ignores anything that is not an address part', () => {
    expect(movedAnchorTarget('glossary', '#')).toBeNull();
    expect(movedAnchorTarget('glossary', '#Not a slug')).toBeNull();
    expect(movedAnchorTarget('a-z', '#sciatica')).toBeNull();
    expect(movedAnchorTarget('faq', '#//evil.example')).toBeNull();
  });

  it('moves the reader only when the page has no element with that id', () => {
    const run = (hash: string, ids: string[], page = 'faq') => {
      document.body.innerHTML = `<div hidden data-moved-anchors="${page}"></div>${ids.map((id) => `<p id="${id}"></p>`).join('')}`;
      let replaced: string | null = null;
      followMovedAnchor(document, { hash, replace: (to: string) => (replaced = to) });
      return replaced;
    };
    expect(run('#does-it-hurt', [])).toBe('/faq/does-it-hurt');
    expect(run('#fluoroscopy', [], 'glossary')).toBe('/glossary/f#fluoroscopy');
    expect(run('#main-content', ['main-content'])).toBeNull();
    expect(run('', [])).toBeNull();
    expect(run('#%E0%A4%A', [])).toBeNull();
    expect(run('#does-it-hurt', [], 'sciatica')).toBeNull();
  });
});
