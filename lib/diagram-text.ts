/**
 * The words around a diagram: its title and description for screen readers, and the
 * caption everyone reads, which says what the highlighted part is and why the page shows it.
 */
import type { DiagramPart, DiagramView } from './diagrams';
import { uiText } from './ui-text';

/** Why a page shows its diagram: where a procedure's treatment goes, or what a condition affects. */
export type DiagramPurpose = keyof typeof uiText.diagrams.captions;

export function diagramText(view: DiagramView, highlight: DiagramPart, purpose: DiagramPurpose) {
  const words = uiText.diagrams;
  const { name, about } = words.parts[highlight];
  return {
    title: words.views[view].title,
    desc: `${words.views[view].desc} ${words.highlighted(name, about)}`,
    caption: words.captions[purpose](name, about),
  };
}
