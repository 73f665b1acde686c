/**
 * Following a "link to this section" anchor also copies the section's full address, and
 * says so to screen readers through the page's status region. Without JavaScript the
 * anchor is a plain link and the address bar holds the same address.
 */
const COPIED_FOR_MS = 3000;

export function copySectionLinks(
  doc: Document,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
) {
  doc.addEventListener('click', (event) => {
    const link =
      event.target instanceof Element
        ? event.target.closest<HTMLAnchorElement>('a.section-link')
        : null;
    const status = doc.getElementById('enhance-status');
    if (!link || !status) return;
    // The link still moves to its section; copying happens beside it.
    const address = new URL(link.getAttribute('href') ?? '', doc.location.href).toString();
    const say = (message: string | undefined) => (status.textContent = message ?? '');
    say('');
    if (!clipboard) return say(status.dataset.copyFailed);
    clipboard.writeText(address).then(
      () => {
        link.dataset.copied = 'true';
        setTimeout(() => delete link.dataset.copied, COPIED_FOR_MS);
        say(status.dataset.copied);
      },
      () => say(status.dataset.copyFailed),
    );
  });
}
