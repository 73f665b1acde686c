/** A page with one address (a listing, the body map, the search page), written as a logical path. */
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/request-locale';

export function fixedRoute(
  logicalPath: string,
  words: () => { title: string; description: string },
) {
  return {
    path: () => sitePath(logicalPath),
    metadata: (): Metadata => pageMetadata({ ...words(), path: sitePath(logicalPath) }),
  };
}
