/** Levenshtein distance over code points (a Chinese character counts as one edit). */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The allowed value closest to `value`, if it is close enough to be a likely typo:
 * at most a third of the longer string's characters differ (at least one edit allowed).
 * Ties go to the earlier candidate, so the answer is stable.
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const longest = Math.max(Array.from(value).length, Array.from(best).length);
  return bestDistance <= Math.max(1, Math.floor(longest / 3)) ? best : undefined;
}

/**
 * Likely meant values: the nearest one if there is a close typo; otherwise values contained in
 * the input or containing it, or sharing a word with it (救灾生产 → 救灾, 安全生产). At most `max`.
 */
export function likelyValues(value: string, candidates: readonly string[], max = 3): string[] {
  const close = nearest(value, candidates);
  if (close) return [close];
  const overlapping = candidates.filter((c) => c !== value && c.length >= 2 && (value.includes(c) || c.includes(value) || sharesWord(value, c)));
  return overlapping.slice(0, max);
}

/** Two Chinese terms share a two-character word at their start or end (安全生产 / 救灾生产). */
function sharesWord(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return false;
  return a.slice(-2) === b.slice(-2) || a.slice(0, 2) === b.slice(0, 2);
}
