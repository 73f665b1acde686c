import { movedAnchorScript, type SplitPage } from '@/lib/moved-anchors';

/** Sends old links to parts of this page on to where those parts live now (see lib/moved-anchors). */
export function MovedAnchors({ page }: { page: SplitPage }) {
  return <script dangerouslySetInnerHTML={{ __html: movedAnchorScript(page) }} />;
}
