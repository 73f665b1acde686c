'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Opens the browser's print dialog. Printing needs JavaScript to start, so until the page is
 * hydrated the button is invisible (and hidden from screen readers) but keeps its place:
 * nothing moves when it appears. Without JavaScript it stays invisible.
 */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <button
      type="button"
      className={hydrated ? 'link-button' : 'link-button invisible'}
      disabled={!hydrated}
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
