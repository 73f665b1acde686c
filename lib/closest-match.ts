/** Edit distance between two strings (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Whether two strings share a word: one contains the other, or a hyphenated part of it. */
function overlaps(value: string, candidate: string): boolean {
  if (candidate.includes(value) || value.includes(candidate)) return true;
  return candidate
    .split(/[-/]/)
    .some((part) => part.length >= 4 && (value.includes(part) || part.includes(value)));
}

/**
 * The candidate an author most likely meant: among those sharing a word with the typed
 * value, the nearest by edit distance; otherwise the nearest overall, if near enough to help.
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const containing = candidates.filter((c) => overlaps(value, c));
  const pool = containing.length > 0 ? containing : candidates;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of pool) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (containing.length > 0) return best;
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(value.length / 2))
    ? best
    : undefined;
}
