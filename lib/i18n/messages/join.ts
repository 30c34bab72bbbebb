/** `a`, `a or b`, `a, b or c`: the last pair joined by the language's word. */
export function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
