// Label selectors, as the API machinery evaluates them.
//
// Two selector shapes exist in the API and their "empty" cases differ:
// - metav1.LabelSelector (`{matchLabels, matchExpressions}`: NetworkPolicy, Deployment, ...):
//   `{}` selects EVERYTHING; a null/absent selector selects NOTHING
//   (apimachinery `LabelSelectorAsSelector`). Where an API gives absence a meaning of its own
//   (NetworkPolicy peer: an absent namespaceSelector means "the policy's namespace"), the
//   caller decides before calling this.
// - plain map selectors (Service `spec.selector`, ReplicationController): an absent or empty
//   map selects NOTHING for a Service (no endpoints are managed; `kubernetes/pkg/controller/
//   endpointslice` skips services without a selector).
import { asArray, isRecord, scalarString, toStringMap } from './objectUtils';

type Labels = Readonly<Record<string, string>>;

interface CompiledSelector {
  matchLabels: [string, string][];
  expressions: { key: string; operator: unknown; values: string[]; valid: boolean }[];
}

/** Compiled selectors, cached per selector object (selectors in a snapshot never change). */
const compiledCache = new WeakMap<object, CompiledSelector>();

function compileSelector(selector: Record<string, unknown>): CompiledSelector {
  const cached = compiledCache.get(selector);
  if (cached) return cached;
  const compiled: CompiledSelector = {
    matchLabels: Object.entries(toStringMap(selector.matchLabels)),
    expressions: asArray(selector.matchExpressions).map((term) => {
      const record = isRecord(term) ? term : {};
      const values = asArray(record.values)
        .map(scalarString)
        .filter((v): v is string => v !== undefined);
      return {
        key: typeof record.key === 'string' ? record.key : '',
        operator: record.operator,
        values,
        valid: isRecord(term) && typeof record.key === 'string',
      };
    }),
  };
  compiledCache.set(selector, compiled);
  return compiled;
}

/**
 * Does a metav1.LabelSelector select these labels? matchLabels AND every matchExpressions
 * term (In, NotIn — true when the key is absent —, Exists, DoesNotExist). `{}` matches
 * everything, null/absent/non-object matches nothing, an unknown operator matches nothing.
 * Upstream: apimachinery `pkg/apis/meta/v1/helpers.go` LabelSelectorAsSelector and
 * `pkg/labels/selector.go`; docs: concepts/overview/working-with-objects/labels.
 */
export function labelSelectorMatches(selector: unknown, labels: Labels | undefined): boolean {
  if (!isRecord(selector)) return false;
  const have = labels ?? {};
  const compiled = compileSelector(selector);
  for (const [key, value] of compiled.matchLabels) {
    if (!Object.prototype.hasOwnProperty.call(have, key) || have[key] !== value) return false;
  }
  for (const term of compiled.expressions) {
    if (!expressionMatches(term, have)) return false;
  }
  return true;
}

function expressionMatches(term: CompiledSelector['expressions'][number], labels: Labels): boolean {
  if (!term.valid) return false;
  const has = Object.prototype.hasOwnProperty.call(labels, term.key);
  switch (term.operator) {
    case 'In':
      return has && term.values.includes(labels[term.key]);
    case 'NotIn':
      return !has || !term.values.includes(labels[term.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/**
 * Does a plain map selector (Service `spec.selector`) select these labels? Every pair must be
 * present; an absent or empty map selects nothing (a Service without selector gets no
 * endpoints from the control plane). Upstream: core/v1 ServiceSpec.selector docs.
 */
export function mapSelectorMatches(selector: unknown, labels: Labels | undefined): boolean {
  const wanted = toStringMap(selector);
  const keys = Object.keys(wanted);
  if (keys.length === 0) return false;
  const have = labels ?? {};
  return keys.every((key) => have[key] === wanted[key]);
}

/**
 * A selector in kubectl's text form (`app=web,tier in (a,b),!debug,env`); `''` for `{}`.
 * Models how `kubectl describe` prints metav1.LabelSelector (FormatLabelSelector).
 */
export function describeLabelSelector(selector: unknown): string {
  if (!isRecord(selector)) return '<none>';
  const parts: string[] = [];
  const matchLabels = toStringMap(selector.matchLabels);
  for (const key of Object.keys(matchLabels)) parts.push(`${key}=${matchLabels[key]}`);
  for (const term of asArray(selector.matchExpressions)) {
    if (!isRecord(term)) continue;
    const key = String(term.key ?? '');
    const values = asArray(term.values)
      .map((v) => scalarString(v) ?? '')
      .join(',');
    if (term.operator === 'In') parts.push(`${key} in (${values})`);
    else if (term.operator === 'NotIn') parts.push(`${key} notin (${values})`);
    else if (term.operator === 'Exists') parts.push(key);
    else if (term.operator === 'DoesNotExist') parts.push(`!${key}`);
    else parts.push(`${key} ${String(term.operator)} (${values})`);
  }
  return parts.join(',');
}
