// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { enablePrintButtons } from '@/enhance/print-button';

describe('the print button', () => {
  it('is shown, in the place it was built with, and opens the print dialog', () => {
    document.body.innerHTML = `<ul><li><a href="mailto:">Email this page</a></li><li hidden><button type="button" data-print="">Print this page</button></li></ul>`;
    const print = vi.fn();
    enablePrintButtons(document, print);
    const button = document.querySelector('button')!;
    expect(button.closest('li')!.hidden).toBe(false);
    button.click();
    expect(print).toHaveBeenCalledOnce();
  });
});
