import type { SplitPage } from '@/lib/moved-anchors';

/**
 * Marks a split page, so the enhancement script sends old links to its parts on to where
 * those parts live now (see lib/moved-anchors).
 */
export function MovedAnchors({ page }: { page: SplitPage }) {
  return <div hidden data-moved-anchors={page} />;
}
