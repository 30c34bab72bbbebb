/** One term of a label filter, written like a kubectl `-l` equality selector. */
export type LabelTerm =
  | { op: 'equals'; key: string; value: string }
  | { op: 'notEquals'; key: string; value: string }
  | { op: 'exists'; key: string }
  | { op: 'notExists'; key: string };

export type LabelFilter = { ok: true; terms: LabelTerm[] } | { ok: false; error: string };

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/**
 * Parse a label filter like `kubectl get pods -l` takes equality-based selectors
 * (`app=api`, `app==api`, `tier!=web`, `team`, `!legacy`, comma-separated; every term must
 * hold). Docs: concepts/overview/working-with-objects/labels/#equality-based-requirement.
 * SIMPLIFICATION(k8s): set-based terms (`in`, `notin`) are not supported here.
 */
export function parseLabelFilter(text: string): LabelFilter {
  const terms: LabelTerm[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const term = parseTerm(part);
    if (!term) return { ok: false, error: part };
    terms.push(term);
  }
  return { ok: true, terms };
}

function parseTerm(part: string): LabelTerm | null {
  const ne = /^([^!=\s]+)\s*!=\s*(.*)$/.exec(part);
  if (ne) return KEY.test(ne[1]) && VALUE.test(ne[2]) ? { op: 'notEquals', key: ne[1], value: ne[2] } : null;
  const eq = /^([^!=\s]+)\s*==?\s*(.*)$/.exec(part);
  if (eq) return KEY.test(eq[1]) && VALUE.test(eq[2]) ? { op: 'equals', key: eq[1], value: eq[2] } : null;
  if (part.startsWith('!')) {
    const key = part.slice(1).trim();
    return KEY.test(key) ? { op: 'notExists', key } : null;
  }
  return KEY.test(part) ? { op: 'exists', key: part } : null;
}

/** Do the labels satisfy every term? (`!=` also holds when the key is absent, as in Kubernetes.) */
export function labelFilterMatches(terms: readonly LabelTerm[], labels: Readonly<Record<string, string>>): boolean {
  return terms.every((term) => {
    const has = Object.prototype.hasOwnProperty.call(labels, term.key);
    switch (term.op) {
      case 'equals':
        return has && labels[term.key] === term.value;
      case 'notEquals':
        return !has || labels[term.key] !== term.value;
      case 'exists':
        return has;
      case 'notExists':
        return !has;
    }
  });
}
