// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { glossaryPopups } from '@/enhance/glossary-popups';

const DEFINITION = 'A thin, hollow tube put into the body to give medicine.';

function page() {
  document.body.innerHTML = `
    <p>The doctor places a <a class="glossary-term" href="/glossary/c#catheter" data-definition="${DEFINITION}">catheter</a>
    near the <a class="glossary-term" href="/glossary/n#nerve-root" data-definition="Where a nerve leaves the spine.">nerve root</a>.</p>
    <p><a href="/elsewhere" id="elsewhere">Elsewhere</a></p>
    <div id="glossary-popup" class="glossary-popup" role="tooltip" hidden data-more="Read more in the glossary"></div>`;
  glossaryPopups(document);
  const [catheter, nerveRoot] = document.querySelectorAll<HTMLAnchorElement>('a.glossary-term');
  return {
    catheter: catheter!,
    nerveRoot: nerveRoot!,
    popup: document.getElementById('glossary-popup')!,
  };
}

const tap = (element: Element) => {
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
  element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  element.dispatchEvent(click);
  return click;
};

describe('glossary popups', () => {
  beforeEach(() => vi.useRealTimers());

  it('show a definition on hover and focus, described to screen readers, and hide on Escape', () => {
    const { catheter, nerveRoot, popup } = page();
    catheter.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(popup.hidden).toBe(false);
    expect(popup.getAttribute('role')).toBe('tooltip');
    expect(popup.textContent).toBe(DEFINITION);
    expect(catheter.getAttribute('aria-describedby')).toBe('glossary-popup');
    // Focus moving to the next term moves the popup and the description with it.
    nerveRoot.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(popup.textContent).toBe('Where a nerve leaves the spine.');
    expect(catheter.hasAttribute('aria-describedby')).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popup.hidden).toBe(true);
    expect(nerveRoot.hasAttribute('aria-describedby')).toBe(false);
  });

  it('stay while the pointer moves onto the popup, and hide a moment after it leaves both (WCAG 1.4.13)', () => {
    vi.useFakeTimers();
    const { catheter, popup } = page();
    catheter.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    catheter.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    popup.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(popup.hidden).toBe(false);
    popup.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(popup.hidden).toBe(true);
  });

  it('on a touch screen, show the definition in place on the first tap, with a link to the glossary', () => {
    const { catheter, popup } = page();
    const first = tap(catheter);
    expect(first.defaultPrevented).toBe(true);
    expect(popup.hidden).toBe(false);
    expect(popup.hasAttribute('role')).toBe(false);
    expect(popup.textContent).toContain(DEFINITION);
    const more = popup.querySelector('a')!;
    expect(more.textContent).toBe('Read more in the glossary');
    expect(more.getAttribute('href')).toContain('/glossary/c#catheter');
    expect(catheter.getAttribute('aria-expanded')).toBe('true');
    // The second tap on the same term follows its link.
    expect(tap(catheter).defaultPrevented).toBe(false);
  });

  it('on a touch screen, hide the definition when the reader taps elsewhere', () => {
    const { catheter, popup } = page();
    tap(catheter);
    tap(document.getElementById('elsewhere')!);
    expect(popup.hidden).toBe(true);
    expect(catheter.hasAttribute('aria-expanded')).toBe(false);
  });
});
