'use client';

/**
 * Shows a glossary term's definition beside it on hover and keyboard focus. The term is a
 * plain link to the glossary, so without JavaScript it still leads to the definition. The
 * popup follows WCAG 1.4.13: it can be dismissed with Escape, hovered, and stays until then.
 */
import { useEffect, useRef, useState } from 'react';

type Popup = { text: string; top: number; left: number };

const POPUP_ID = 'glossary-popup';
const HIDE_DELAY_MS = 300;

export function GlossaryPopups() {
  const [popup, setPopup] = useState<Popup | null>(null);
  const anchor = useRef<HTMLElement | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const termOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('a.glossary-term') : null;

    const hide = () => {
      anchor.current?.removeAttribute('aria-describedby');
      anchor.current = null;
      setPopup(null);
    };
    const show = (term: HTMLElement) => {
      window.clearTimeout(hideTimer.current);
      const text = term.dataset.definition;
      if (!text) return;
      if (anchor.current && anchor.current !== term)
        anchor.current.removeAttribute('aria-describedby');
      anchor.current = term;
      term.setAttribute('aria-describedby', POPUP_ID);
      const box = term.getBoundingClientRect();
      const width = Math.min(320, document.documentElement.clientWidth - 16);
      const left = Math.max(
        8,
        Math.min(box.left, document.documentElement.clientWidth - width - 8),
      );
      setPopup({ text, top: box.bottom + window.scrollY + 6, left: left + window.scrollX });
    };
    const hideSoon = () => {
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(hide, HIDE_DELAY_MS);
    };

    const onOver = (event: Event) => {
      const term = termOf(event.target);
      if (term) show(term);
      else if (event.target instanceof Element && event.target.closest(`#${POPUP_ID}`))
        window.clearTimeout(hideTimer.current);
    };
    const onOut = (event: Event) => {
      if (
        termOf(event.target) ||
        (event.target instanceof Element && event.target.closest(`#${POPUP_ID}`))
      )
        hideSoon();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };

    document.addEventListener('mouseover', onOver);
    document.addEventListener('focusin', onOver);
    document.addEventListener('mouseout', onOut);
    document.addEventListener('focusout', onOut);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('focusin', onOver);
      document.removeEventListener('mouseout', onOut);
      document.removeEventListener('focusout', onOut);
      document.removeEventListener('keydown', onKey);
      window.clearTimeout(hideTimer.current);
    };
  }, []);

  if (!popup) return null;
  return (
    <div
      id={POPUP_ID}
      role="tooltip"
      className="glossary-popup"
      style={{ top: popup.top, left: popup.left }}
    >
      {popup.text}
    </div>
  );
}
