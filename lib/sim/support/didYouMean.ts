/**
 * "Did you mean" suggestions by edit distance (Damerau-Levenshtein with adjacent
 * transpositions), case-insensitive, like kubectl's and cobra's suggestions for typos.
 */

/** The closest candidate to `word`, or undefined when nothing is close enough. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // Up to 40% of the longer word may differ (`imagePulicy` -> `imagePullPolicy` is 4 edits).
    const limit = Math.max(1, Math.min(6, Math.floor(Math.max(word.length, candidate.length) * 0.4)));
    const d = editDistance(lower, candidate.toLowerCase(), limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance between a and b; returns limit + 1 early once it exceeds `limit`. With
 * `transpositions` (the default) swapping two adjacent characters costs one edit
 * (optimal string alignment); without, it is plain Levenshtein, as cobra's `ld` that kubectl
 * uses for "Did you mean this?" (github.com/spf13/cobra, command.go SuggestionsFor).
 */
export function editDistance(a: string, b: string, limit = Infinity, transpositions = true): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
