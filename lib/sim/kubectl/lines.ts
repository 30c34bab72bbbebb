// Appending many output lines without spreading them into one call (a spread of ~100k+ items
// overflows the stack: `kubectl get pods -A -o yaml` on 20,000 pods has a million lines).

/** target.push(...items), for any number of items. */
export function appendLines<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
