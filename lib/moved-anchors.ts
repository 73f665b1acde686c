/**
 * Links to parts of pages that have since been split up keep working. Before the glossary,
 * the A–Z index and the questions moved to pages of their own, staff shared links such as
 * /glossary#fluoroscopy, /a-z#letter-B and /faq#slug. A small inline script on each old page
 * sends such a link on to where its target lives now. Without JavaScript the reader lands
 * at the top of the old page, which links to every letter or topic.
 */

/** The pages whose old in-page links now lead elsewhere. */
export type SplitPage = 'glossary' | 'a-z' | 'faq';

/**
 * Where an old link to `hash` on a split page now leads, or null when it stays. Written as
 * browser JavaScript because it runs as the inline script itself; the unit tests check it
 * against the site's own addresses (pageUrl and the letter pages), so the two cannot drift.
 */
const TARGET_SOURCE = `function (page, hash) {
  var id = decodeURIComponent(hash.replace(/^#/, ''));
  var letterOf = function (c) { return /^[a-z]$/.test(c) ? c : '0-9'; };
  var letter = /^letter-(.)$/.exec(id);
  if (letter) return page === 'faq' ? null : '/' + page + '/' + letterOf(letter[1].toLowerCase());
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  if (page === 'glossary') return '/glossary/' + letterOf(id.charAt(0)) + '#' + id;
  if (page === 'faq' && !/^topic-/.test(id)) return '/faq/' + id;
  return null;
}`;

/** The target function, for tests; the same source the browser runs. */
export const movedAnchorTarget = new Function(`return (${TARGET_SOURCE});`)() as (
  page: SplitPage,
  hash: string,
) => string | null;

/**
 * The inline script for a split page. A hash naming an element that is still on the page
 * (a topic heading, the main content) stays where it is.
 */
export function movedAnchorScript(page: SplitPage): string {
  return `(function(){try{var h=location.hash;if(!h||document.getElementById(decodeURIComponent(h.slice(1))))return;var t=(${TARGET_SOURCE})(${JSON.stringify(page)},h);if(t)location.replace(t);}catch(e){}})();`;
}
