// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copySectionLinks } from '@/enhance/section-links';

function page(clipboard: Pick<Clipboard, 'writeText'> | undefined) {
  document.body.innerHTML = `
    <h2 id="what-is-sciatica">What is sciatica? <a class="section-link" href="#what-is-sciatica">Link to this section</a></h2>
    <div id="enhance-status" role="status" data-copied="Link to this section copied" data-copy-failed="Could not copy the link"></div>`;
  copySectionLinks(document, clipboard);
  return {
    link: document.querySelector<HTMLAnchorElement>('a.section-link')!,
    status: document.getElementById('enhance-status')!,
  };
}

describe('section links', () => {
  it("copy the section's full address and say so to screen readers", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { link, status } = page({ writeText });
    link.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Link to this section copied'));
    expect(writeText).toHaveBeenCalledWith(
      new URL('#what-is-sciatica', document.location.href).toString(),
    );
    expect(link.dataset.copied).toBe('true');
  });

  it('say when the address could not be copied', async () => {
    const { link, status } = page({ writeText: () => Promise.reject(new Error('denied')) });
    link.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Could not copy the link'));
    const { link: second, status: secondStatus } = page(undefined);
    second.click();
    expect(secondStatus.textContent).toBe('Could not copy the link');
  });
});
