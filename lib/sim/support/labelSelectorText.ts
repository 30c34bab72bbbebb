/**
 * The label-selector text syntax of `kubectl get -l` and `?labelSelector=` (`app=web,tier in
 * (a,b),!legacy,replicas>2`): one lexer and parser, modelled on apimachinery's
 * k8s.io/apimachinery/pkg/labels/selector.go (Lexer, Parser.parse, parseRequirement,
 * NewRequirement, Requirement.Matches) and the key/value rules of
 * k8s.io/apimachinery/pkg/api/validate/content/kube.go (IsLabelKey, IsLabelValue).
 *
 * Pure and self-contained: it imports nothing, so the simulator (kubectl) and the main thread
 * (the traffic view's label filter) both import it by path. Never throws; an error says where
 * (a 1-based column) and carries upstream's message text.
 */

/** An operator as apimachinery's `selection.Operator` spells it. */
export type SelectorOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'gt' | 'lt' | 'exists' | '!';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  /** Sorted and deduplicated, as upstream's `sets.String` keeps them. */
  values: string[];
}

export interface SelectorTextError {
  /** `syntax`: an unexpected token; `key`/`value`: not a valid label key or value; `values`: a requirement's value count. */
  code: 'syntax' | 'key' | 'value' | 'values';
  /** 1-based column of the offending token (one past the end for "end of string"). */
  column: number;
  /** The offending token or value as written ('' at the end). */
  found: string;
  /** Upstream's error text, as kubectl prints it after `error: `. */
  message: string;
}

export type ParsedSelectorText = { ok: true; requirements: SelectorRequirement[] } | { ok: false; error: SelectorTextError };

type Tok = 'end' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(';
interface Item {
  tok: Tok;
  literal: string;
  start: number;
}

const KEYWORDS: Record<string, Tok> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  in: 'in',
  '<': '<',
  '!=': '!=',
  notin: 'notin',
  '(': '(',
};
const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const SPACE = new Set([' ', '\t', '\r', '\n']);
const BINARY = 'in, notin, =, ==, !=, gt, lt';

/** The lexer: identifiers and keywords end at a special symbol or white space; symbols are the longest known one. */
function lex(text: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && SPACE.has(text[pos])) pos++;
    const start = pos;
    if (pos >= text.length) {
      items.push({ tok: 'end', literal: '', start });
      return items;
    }
    if (SPECIAL.has(text[pos])) {
      // Every special symbol alone is a token, so the longest known run always exists.
      let literal = text[pos];
      while (pos + literal.length < text.length && KEYWORDS[literal + text[pos + literal.length]]) literal += text[pos + literal.length];
      items.push({ tok: KEYWORDS[literal], literal, start });
      pos += literal.length;
      continue;
    }
    while (pos < text.length && !SPECIAL.has(text[pos]) && !SPACE.has(text[pos])) pos++;
    const word = text.slice(start, pos);
    items.push({ tok: KEYWORDS[word] ?? 'id', literal: word, start });
  }
}

class SelectorError extends Error {
  constructor(readonly detail: SelectorTextError) {
    super(detail.message);
  }
}

const fail = (code: SelectorTextError['code'], item: Item, message: string, found = item.literal): never => {
  throw new SelectorError({ code, column: item.start + 1, found, message });
};

/** The parser, one token of lookahead; `in`/`notin` read as identifiers where values are expected. */
class Parser {
  private position = 0;
  constructor(private readonly items: Item[]) {}

  peek(asValue = true): Item {
    const item = this.items[this.position];
    return asValue && (item.tok === 'in' || item.tok === 'notin') ? { ...item, tok: 'id' } : item;
  }

  next(asValue = true): Item {
    const item = this.peek(asValue);
    this.position++;
    return item;
  }

  selector(): SelectorRequirement[] {
    const out: SelectorRequirement[] = [];
    for (;;) {
      const first = this.peek();
      if (first.tok === 'end') return out;
      if (first.tok !== 'id' && first.tok !== '!') fail('syntax', first, `found '${first.literal}', expected: !, identifier, or 'end of string'`);
      out.push(this.requirement());
      const after = this.next();
      if (after.tok === 'end') return out;
      if (after.tok !== ',') fail('syntax', after, `found '${after.literal}', expected: ',' or 'end of string'`);
      const again = this.peek();
      if (again.tok !== 'id' && again.tok !== '!') fail('syntax', again, `found '${again.literal}', expected: identifier after ','`);
    }
  }

  private requirement(): SelectorRequirement {
    let item = this.next();
    const negated = item.tok === '!';
    if (negated) item = this.next();
    if (item.tok !== 'id') fail('syntax', item, `unable to parse requirement: found '${item.literal}', expected: identifier`);
    const key = item.literal;
    const keyProblem = labelKeyProblem(key);
    if (keyProblem) fail('key', item, `unable to parse requirement: <nil>: Invalid value: ${quote(key)}: ${keyProblem}`);
    // `!key` takes no operator: in `!key=value` the `=` is then not the ',' or end that must follow.
    if (negated) return { key, operator: '!', values: [] };
    const following = this.peek();
    if (following.tok === 'end' || following.tok === ',') return { key, operator: 'exists', values: [] };
    return this.operatorOf(key);
  }

  private operatorOf(key: string): SelectorRequirement {
    const op = this.next(false);
    const operator = ({ in: 'in', notin: 'notin', '=': '=', '==': '==', '!=': '!=', '>': 'gt', '<': 'lt' } as const)[op.tok as string];
    if (!operator) return fail('syntax', op, `unable to parse requirement: found '${op.literal}', expected: ${BINARY}`);
    const at = this.peek();
    const values = operator === 'in' || operator === 'notin' ? this.setValues() : this.exactValue();
    return checked(key, operator, values, at);
  }

  private setValues(): string[] {
    const open = this.next();
    if (open.tok !== '(') fail('syntax', open, `unable to parse requirement: found '${open.literal}' expected: '('`);
    const first = this.peek();
    if (first.tok === ')') {
      this.next();
      return [''];
    }
    if (first.tok !== 'id' && first.tok !== ',')
      fail('syntax', first, `unable to parse requirement: found '${first.literal}', expected: ',', ')' or identifier`);
    const values = new Set<string>();
    for (;;) {
      const item = this.next();
      if (item.tok === 'id') {
        values.add(item.literal);
        const after = this.peek();
        if (after.tok === ')') break;
        if (after.tok !== ',') fail('syntax', after, `unable to parse requirement: found '${after.literal}', expected: ',' or ')'`);
      } else if (item.tok === ',') {
        const after = this.peek();
        if (values.size === 0 || after.tok === ')' || after.tok === ',') values.add(''); // `(,`, `,)` and `,,` hold an empty value
        if (after.tok === ')') break;
      } else fail('syntax', item, `unable to parse requirement: found '${item.literal}', expected: ',', or identifier`);
    }
    this.next(); // the ')'
    return [...values];
  }

  private exactValue(): string[] {
    const item = this.peek();
    if (item.tok === 'end' || item.tok === ',') return [''];
    this.next();
    if (item.tok !== 'id') fail('syntax', item, `unable to parse requirement: found '${item.literal}', expected: identifier`);
    return [item.literal];
  }
}

/** NewRequirement's checks: the value count per operator, integers for gt/lt, each value a label value. */
function checked(key: string, operator: SelectorOperator, raw: string[], at: Item): SelectorRequirement {
  const values = [...new Set(raw)].sort();
  if ((operator === 'gt' || operator === 'lt') && !/^[+-]?\d+$/.test(values[0] ?? ''))
    fail(
      'values',
      at,
      `unable to parse requirement: values[0]: Invalid value: ${quote(values[0] ?? '')}: for 'Gt', 'Lt' operators, the value must be an integer`,
      values[0] ?? '',
    );
  values.forEach((value, i) => {
    const problem = labelValueProblem(value);
    if (problem) fail('value', at, `unable to parse requirement: values[${i}][${key}]: Invalid value: ${quote(value)}: ${problem}`, value);
  });
  return { key, operator, values };
}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const NAME_RULE = "consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** content.RegexError: the rule, examples, and the regular expression. */
const regexError = (msg: string, re: string, ...examples: string[]) =>
  `${msg} (e.g. ${examples.map((e) => `'${e}', `).join('or ')}regex used for validation is '${re}')`;

/** IsLabelKey: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
export function labelKeyProblem(key: string): string | undefined {
  const parts = key.split('/');
  const nameRule = regexError(`must ${NAME_RULE}`, KEY_FMT, 'MyName', 'my.name', '123-abc');
  if (parts.length > 2) return `a valid label key ${nameRule} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`;
  const name = parts.at(-1) ?? '';
  if (parts.length === 2 && parts[0] === '') return 'prefix part must be non-empty';
  if (parts.length === 2 && (parts[0].length > 253 || !SUBDOMAIN.test(parts[0])))
    return `prefix part ${regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*', 'example.com')}`;
  if (name === '') return 'name part must be non-empty';
  if (name.length > 63) return 'name part must be no more than 63 bytes';
  return NAME.test(name) ? undefined : `name part ${nameRule}`;
}

/** IsLabelValue: empty, or a name of at most 63 characters. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 bytes';
  return value === '' || NAME.test(value)
    ? undefined
    : regexError(`a valid label must be an empty string or ${NAME_RULE}`, `(${KEY_FMT})?`, 'MyValue', 'my_value', '12345');
}

const quote = (s: string) => JSON.stringify(s);

/** Parses selector text; requirements come sorted by key (upstream sorts them), errors at a column. */
export function parseSelectorText(text: string): ParsedSelectorText {
  try {
    const requirements = new Parser(lex(String(text))).selector();
    return { ok: true, requirements: requirements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
  } catch (e) {
    if (e instanceof SelectorError) return { ok: false, error: e.detail };
    return { ok: false, error: { code: 'syntax', column: 1, found: String(text), message: `unable to parse requirement: ${String(e)}` } };
  }
}

/** Requirement.Matches for every requirement (AND); `!=`/`notin` hold when the key is absent; gt/lt compare integers. */
export function selectorTextMatches(requirements: readonly SelectorRequirement[], labels: Readonly<Record<string, string>>): boolean {
  return requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const value = has ? labels[r.key] : undefined;
    switch (r.operator) {
      case 'in':
      case '=':
      case '==':
        return value !== undefined && r.values.includes(value);
      case 'notin':
      case '!=':
        return value === undefined || !r.values.includes(value);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
      case 'lt':
        return compareInts(value, r);
    }
  });
}

function compareInts(value: string | undefined, r: SelectorRequirement): boolean {
  if (value === undefined || !/^[+-]?\d+$/.test(value) || r.values.length !== 1) return false;
  const [have, want] = [BigInt(value), BigInt(r.values[0])];
  return r.operator === 'gt' ? have > want : have < want;
}
