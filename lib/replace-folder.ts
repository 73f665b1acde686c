/**
 * Builds into a folder without ever leaving a half-built one: the previous folder is set
 * aside before the build and restored if the build fails, so a static server never serves
 * a half-written site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function withPreviousKept(folder: string, build: () => boolean): boolean {
  const previous = `${folder}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(folder);
  if (hadPrevious) renameSync(folder, previous);
  let ok = false;
  try {
    ok = build();
  } finally {
    if (ok) {
      rmSync(previous, { recursive: true, force: true });
    } else {
      rmSync(folder, { recursive: true, force: true });
      if (hadPrevious) renameSync(previous, folder);
    }
  }
  return ok;
}
