'use client';

/**
 * With JavaScript, following a "link to this section" anchor also copies the section's full
 * address, and says so to screen readers. Without it, the anchor is a plain link and the
 * address bar holds the same address.
 */
import { useEffect, useState } from 'react';

export function CopySectionLinks({ copied, failed }: { copied: string; failed: string }) {
  const [message, setMessage] = useState('');

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>('a.section-link')
          : null;
      if (!link) return;
      // The link still moves to its section; copying happens beside it.
      const address = new URL(link.getAttribute('href') ?? '', window.location.href).toString();
      setMessage('');
      navigator.clipboard
        .writeText(address)
        .then(() => {
          link.dataset.copied = 'true';
          window.setTimeout(() => delete link.dataset.copied, 3000);
          setMessage(copied);
        })
        .catch(() => setMessage(failed));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [copied, failed]);

  return (
    <div role="status" className="sr-only">
      {message}
    </div>
  );
}
