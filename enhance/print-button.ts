/**
 * The print button needs JavaScript, so the page is built with it hidden: without
 * JavaScript it takes no space at all. It sits last in its row, so showing it moves nothing.
 */
export function enablePrintButtons(doc: Document, print: () => void) {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => print());
    const item = button.closest<HTMLElement>('[hidden]');
    if (item) item.hidden = false;
  }
}
