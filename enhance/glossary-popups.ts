/**
 * Shows a glossary term's definition beside it. The term is a plain link to the glossary,
 * so without JavaScript it still leads to the definition.
 * - Mouse and keyboard: the definition shows on hover and focus, as a tooltip that follows
 *   WCAG 1.4.13: Escape dismisses it, the pointer can move onto it, and it stays until then.
 * - Touch: the first tap shows the definition in place, with a link to the glossary, so a
 *   reader on a phone does not lose the article; a second tap on the term follows it.
 * The popup element and its words are in the page's HTML (layout), so this file holds none.
 */
const HIDE_DELAY_MS = 300;
const POPUP_ID = 'glossary-popup';

type Mode = 'hover' | 'touch';

export function glossaryPopups(doc: Document) {
  const popup = doc.getElementById(POPUP_ID);
  if (!popup) return;
  const view = doc.defaultView ?? window;
  let shownFor: HTMLAnchorElement | null = null;
  let mode: Mode = 'hover';
  let lastPointer = '';
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const termOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.glossary-term') : null;
  const inPopup = (target: EventTarget | null) => target instanceof Node && popup.contains(target);

  function hide() {
    clearTimeout(hideTimer);
    shownFor?.removeAttribute('aria-describedby');
    shownFor?.removeAttribute('aria-expanded');
    shownFor = null;
    popup!.hidden = true;
    popup!.replaceChildren();
  }

  function show(term: HTMLAnchorElement, as: Mode) {
    clearTimeout(hideTimer);
    const definition = term.dataset.definition;
    if (!definition) return;
    if (shownFor && shownFor !== term) hide();
    shownFor = term;
    mode = as;
    term.setAttribute('aria-describedby', POPUP_ID);
    const text = doc.createElement('span');
    text.textContent = definition;
    popup!.replaceChildren(text);
    if (as === 'touch') {
      // A tooltip holds no controls; the touch popup does, so it is a plain region then.
      popup!.removeAttribute('role');
      term.setAttribute('aria-expanded', 'true');
      const more = doc.createElement('a');
      more.href = term.href;
      more.textContent = popup!.dataset.more ?? '';
      more.className = 'glossary-popup-more';
      popup!.append(' ', more);
    } else {
      popup!.setAttribute('role', 'tooltip');
    }
    popup!.hidden = false;
    const box = term.getBoundingClientRect();
    const pageWidth = doc.documentElement.clientWidth;
    const width = Math.min(320, pageWidth - 16);
    const left = Math.max(8, Math.min(box.left, pageWidth - width - 8));
    popup!.style.top = `${box.bottom + view.scrollY + 6}px`;
    popup!.style.left = `${left + view.scrollX}px`;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  }

  doc.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  doc.addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (lastPointer === 'touch' && term) {
      // The second tap on a term whose definition is open follows the link.
      if (shownFor === term && mode === 'touch') return;
      event.preventDefault();
      show(term, 'touch');
    } else if (mode === 'touch' && shownFor && !inPopup(event.target)) {
      hide();
    }
  });
  const onOver = (event: Event) => {
    if (mode === 'touch' && shownFor) return; // a tap's emulated mouse events change nothing
    const term = termOf(event.target);
    if (term) show(term, 'hover');
    else if (inPopup(event.target)) clearTimeout(hideTimer);
  };
  const onOut = (event: Event) => {
    if (mode === 'touch' && shownFor) return;
    if (termOf(event.target) || inPopup(event.target)) hideSoon();
  };
  doc.addEventListener('mouseover', onOver);
  doc.addEventListener('focusin', onOver);
  doc.addEventListener('mouseout', onOut);
  // A touch popup stays while focus moves into its link; a tap elsewhere or Escape hides it.
  doc.addEventListener('focusout', onOut);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shownFor) {
      const term = shownFor;
      const focusWasInPopup = inPopup(doc.activeElement);
      hide();
      if (focusWasInPopup) term.focus();
    }
  });
}
