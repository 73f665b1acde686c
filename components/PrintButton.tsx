'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Opens the browser's print dialog. Printing needs JavaScript to start, so without it the button is not shown. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" className="link-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
