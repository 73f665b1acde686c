/** Sends an old link to a part of a split page on to where that part lives now. */
import { isSplitPage, movedAnchorTarget } from '@/lib/moved-anchors';

export function followMovedAnchor(doc: Document, location: Pick<Location, 'hash' | 'replace'>) {
  const marker = doc.querySelector<HTMLElement>('[data-moved-anchors]');
  const page = marker?.dataset.movedAnchors;
  if (!isSplitPage(page) || !location.hash) return;
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  // A hash naming an element still on the page (a topic heading, the main content) stays.
  if (doc.getElementById(id)) return;
  const target = movedAnchorTarget(page, location.hash);
  if (target) location.replace(target);
}
