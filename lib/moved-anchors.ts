/**
 * Links to parts of pages that have since been split up keep working. Before the glossary,
 * the A–Z index and the questions moved to pages of their own, staff shared links such as
 * /glossary#fluoroscopy, /a-z#letter-B and /faq#slug. The enhancement script
 * (enhance/moved-anchors.ts) sends such a link on to where its target lives now. Without
 * JavaScript the reader lands at the top of the old page, which links to every letter or topic.
 */

/** The pages whose old in-page links now lead elsewhere. */
export const SPLIT_PAGES = ['glossary', 'a-z', 'faq'] as const;
export type SplitPage = (typeof SPLIT_PAGES)[number];

export const isSplitPage = (value: string | undefined): value is SplitPage =>
  (SPLIT_PAGES as readonly string[]).includes(value ?? '');

/**
 * Where an old link to `hash` on a split page now leads, or null when it stays. The unit
 * tests check it against the site's own addresses (pageUrl and the letter pages), so the
 * two cannot drift.
 */
export function movedAnchorTarget(page: SplitPage, hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // a malformed escape is nobody's old link
  }
  const letterOf = (c: string) => (/^[a-z]$/.test(c) ? c : '0-9');
  const letter = /^letter-(.)$/.exec(id);
  if (letter) return page === 'faq' ? null : `/${page}/${letterOf(letter[1]!.toLowerCase())}`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  if (page === 'glossary') return `/glossary/${letterOf(id.charAt(0))}#${id}`;
  if (page === 'faq' && !id.startsWith('topic-')) return `/faq/${id}`;
  return null;
}
