// RE2 (Go regexp syntax, what Kubernetes CEL uses) on top of JavaScript RegExp: translate what
// has a JS equivalent, reject what RE2 does not have, and reject what would make the JS
// backtracking engine explode (RE2 is linear time; JS is not).
export type RegexTranslation = { ok: true; regex: RegExp } | { ok: false; message: string; messageEs: string };

const MAX_CACHE = 500;
const cache = new Map<string, RegexTranslation>();
const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9', graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};
const ESCAPES_KEPT = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 't', 'r', 'f', 'v']);

interface Group {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  alternatives: string[];
  current: string;
  simple: boolean;
  /** JS source of every character-consuming atom inside the group (nested groups included). */
  atoms: string[];
  /** The literal character the group starts with, null if it starts otherwise, undefined while empty. */
  first: string | null | undefined;
}

class Unsupported {
  constructor(readonly message: string, readonly messageEs: string) {}
}

/**
 * Compiles an RE2 pattern the way Kubernetes CEL's `matches`/`find`/`findAll` read it.
 * Supported: RE2 syntax common to both engines, leading `(?ims)` flags, `(?P<name>...)`,
 * `\A`, `\z`, `\Q...\E`, `\pL`/`\p{Greek}`, POSIX classes `[[:alpha:]]`.
 * SIMPLIFICATION(k8s): inline flags after the start, `(?U)`, `\C`, negated POSIX classes, nested
 * quantifiers (`(a+)+`) and quantified ambiguous alternations (`(a|ab)*`) are reported as
 * unsupported instead of being evaluated (the JS engine could take exponential time on them).
 */
export function compileRe2(pattern: string): RegexTranslation {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let result: RegexTranslation;
  try {
    const { source, flags } = translate(pattern);
    result = { ok: true, regex: new RegExp(source, flags + 'u') };
  } catch (error) {
    result = error instanceof Unsupported
      ? { ok: false, message: error.message, messageEs: error.messageEs }
      : { ok: false, message: `invalid regular expression ${JSON.stringify(pattern)}`, messageEs: `expresión regular inválida ${JSON.stringify(pattern)}` };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pattern, result);
  return result;
}

function unsupported(what: string, whatEs: string): never {
  throw new Unsupported(
    `regular expression feature not supported: ${what}`,
    `esta característica de expresión regular no está soportada: ${whatEs}`,
  );
}

function leadingFlags(pattern: string): { flags: string; rest: string } {
  const m = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (!m) return { flags: '', rest: pattern };
  let flags = '';
  for (const f of m[1]) {
    if (f === 'i' || f === 'm' || f === 's') flags += flags.includes(f) ? '' : f;
    else if (f === 'U') unsupported('the ungreedy flag (?U)', 'el flag no codicioso (?U)');
    else unsupported(`unknown flag "${f}" (RE2 knows i, m, s, U)`, `flag desconocido "${f}" (RE2 conoce i, m, s, U)`);
  }
  return { flags, rest: pattern.slice(m[0].length) };
}

function translate(pattern: string): { source: string; flags: string } {
  const { flags, rest } = leadingFlags(pattern);
  const stack: Group[] = [newGroup()];
  let out = '';
  let i = 0;
  while (i < rest.length) {
    const step = translateToken(rest, i, stack);
    out += step.text;
    i = step.next;
  }
  if (stack.length !== 1) unsupported('unbalanced parentheses', 'paréntesis desbalanceados');
  return { source: out, flags };
}

function newGroup(): Group {
  return { hasQuantifier: false, hasAlternation: false, alternatives: [], current: '', simple: true, atoms: [], first: undefined };
}

function translateToken(p: string, i: number, stack: Group[]): { text: string; next: number } {
  const c = p[i];
  const top = stack[stack.length - 1];
  if (c === '\\') return escapeToken(p, i, top);
  if (c === '[') return classToken(p, i, top);
  if (c === '(') return openGroup(p, i, stack);
  if (c === ')') return closeGroup(p, i, stack);
  if (c === '|') {
    top.hasAlternation = true;
    top.alternatives.push(top.current);
    top.current = '';
    return { text: '|', next: i + 1 };
  }
  if (c === '*' || c === '+' || c === '?' || c === '{') return quantifierToken(p, i, top);
  if (c === ']' || c === '}') return literal(top, '\\' + c, i + 1, c);
  if (c === '.' || c === '^' || c === '$') return literal(top, c, i + 1, null);
  return literal(top, c, i + 1, c);
}

function literal(top: Group, text: string, next: number, plain: string | null): { text: string; next: number } {
  if (top.first === undefined) top.first = plain;
  top.atoms.push(text);
  if (plain === null) top.simple = false;
  else top.current += plain;
  return { text, next };
}

function escapeToken(p: string, i: number, top: Group): { text: string; next: number } {
  const e = p[i + 1];
  if (e === undefined) unsupported('trailing backslash', 'barra invertida al final');
  if (e === 'Q') {
    const end = p.indexOf('\\E', i + 2);
    const text = p.slice(i + 2, end < 0 ? p.length : end);
    top.current += text;
    for (const ch of Array.from(text)) {
      if (top.first === undefined) top.first = ch;
      top.atoms.push(escapeChar(ch));
    }
    return { text: Array.from(text).map(escapeChar).join(''), next: end < 0 ? p.length : end + 2 };
  }
  if (e === 'A') return literal(top, '(?<![\\s\\S])', i + 2, null);
  if (e === 'z') return literal(top, '(?![\\s\\S])', i + 2, null);
  if (e === 'p' || e === 'P') return unicodeClass(p, i, top);
  if (e === 'x') return hexEscape(p, i, top);
  if (/[1-9]/.test(e) || e === 'k') unsupported('backreferences', 'referencias hacia atrás');
  if (ESCAPES_KEPT.has(e)) return literal(top, '\\' + e, i + 2, null);
  if (/[0-9A-Za-z_]/.test(e)) unsupported(`the escape \\${e}`, `el escape \\${e}`);
  return literal(top, escapeChar(e), i + 2, e);
}

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `\\u{${code.toString(16)}}`;
}

function unicodeClass(p: string, i: number, top: Group): { text: string; next: number } {
  const kind = p[i + 1];
  if (p[i + 2] === '{') {
    const end = p.indexOf('}', i + 3);
    if (end < 0) unsupported('unterminated \\p{...}', '\\p{...} sin cerrar');
    return literal(top, `\\${kind}{${p.slice(i + 3, end)}}`, end + 1, null);
  }
  if (!/[A-Za-z]/.test(p[i + 2] ?? '')) unsupported('\\p without a class name', '\\p sin nombre de clase');
  return literal(top, `\\${kind}{${p[i + 2]}}`, i + 3, null);
}

function hexEscape(p: string, i: number, top: Group): { text: string; next: number } {
  if (p[i + 2] === '{') {
    const end = p.indexOf('}', i + 3);
    const hex = end < 0 ? '' : p.slice(i + 3, end);
    if (!/^[0-9A-Fa-f]{1,6}$/.test(hex)) unsupported('malformed \\x{...}', '\\x{...} mal formado');
    return literal(top, `\\u{${hex}}`, end + 1, null);
  }
  const hex = p.slice(i + 2, i + 4);
  if (!/^[0-9A-Fa-f]{2}$/.test(hex)) unsupported('malformed \\x escape', 'escape \\x mal formado');
  return literal(top, `\\x${hex}`, i + 4, null);
}

function classToken(p: string, i: number, top: Group): { text: string; next: number } {
  let j = i + 1;
  let out = '[';
  if (p[j] === '^') { out += '^'; j++; }
  if (p[j] === ']') { out += '\\]'; j++; }
  while (j < p.length && p[j] !== ']') {
    if (p.startsWith('[:', j)) {
      const end = p.indexOf(':]', j + 2);
      const name = end < 0 ? '' : p.slice(j + 2, end);
      if (!(name in POSIX)) unsupported(`the character class [:${name}:]`, `la clase de caracteres [:${name}:]`);
      out += POSIX[name];
      j = end + 2;
    } else if (p[j] === '\\') {
      const step = escapeToken(p, j, newGroup());
      out += step.text;
      j = step.next;
    } else {
      out += p[j] === '[' ? '\\[' : p[j] === '-' || /[0-9A-Za-z]/.test(p[j]) ? p[j] : escapeChar(p[j]);
      j++;
    }
  }
  if (j >= p.length) unsupported('unterminated character class', 'clase de caracteres sin cerrar');
  if (top.first === undefined) top.first = null;
  top.atoms.push(out + ']');
  top.simple = false;
  return { text: out + ']', next: j + 1 };
}

function openGroup(p: string, i: number, stack: Group[]): { text: string; next: number } {
  const rest = p.slice(i, i + 4);
  let text = '(';
  let next = i + 1;
  if (rest.startsWith('(?=') || rest.startsWith('(?!')) unsupported('lookahead', 'lookahead (mirar adelante)');
  if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) unsupported('lookbehind', 'lookbehind (mirar atrás)');
  if (rest.startsWith('(?>')) unsupported('atomic groups', 'grupos atómicos');
  if (rest.startsWith('(?:')) { text = '(?:'; next = i + 3; }
  else if (rest.startsWith('(?P<') || rest.startsWith('(?<')) {
    const start = p.indexOf('<', i) + 1;
    const end = p.indexOf('>', start);
    const name = end < 0 ? '' : p.slice(start, end);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) unsupported('malformed group name', 'nombre de grupo mal formado');
    text = `(?<${name}>`;
    next = end + 1;
  } else if (rest.startsWith('(?')) unsupported('inline flags after the start of the pattern', 'flags en línea después del comienzo del patrón');
  stack[stack.length - 1].simple = false;
  stack.push(newGroup());
  return { text, next };
}

function closeGroup(p: string, i: number, stack: Group[]): { text: string; next: number } {
  if (stack.length === 1) unsupported('unbalanced parentheses', 'paréntesis desbalanceados');
  const group = stack.pop() as Group;
  group.alternatives.push(group.current);
  const quantified = /^([*+]|\{\d)/.test(p.slice(i + 1));
  const parent = stack[stack.length - 1];
  if (quantified && group.hasQuantifier && !delimitedRepetition(group)) {
    unsupported('nested quantifiers like (a+)+ (risk of catastrophic backtracking in the simulator)', 'cuantificadores anidados como (a+)+ (riesgo de backtracking catastrófico en el simulador)');
  }
  if (quantified && group.hasAlternation && !distinctLiteralAlternatives(group)) {
    unsupported('a repeated alternation whose branches can match the same text, like (a|ab)*', 'una alternativa repetida cuyas ramas pueden coincidir con el mismo texto, como (a|ab)*');
  }
  if (group.hasQuantifier) parent.hasQuantifier = true;
  if (parent.first === undefined) parent.first = null;
  parent.atoms.push(...group.atoms);
  return { text: ')', next: i + 1 };
}

/**
 * A repeated group whose every iteration starts with a literal that nothing else in the group can
 * match (`(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*`, the DNS subdomain pattern) cannot backtrack
 * exponentially: each iteration is anchored at its delimiter.
 */
function delimitedRepetition(group: Group): boolean {
  const first = group.first;
  if (group.hasAlternation || typeof first !== 'string') return false;
  return group.atoms.slice(1).every((atom) => {
    try {
      return !new RegExp(`^(?:${atom})$`, 'u').test(first);
    } catch {
      return false;
    }
  });
}

function distinctLiteralAlternatives(group: Group): boolean {
  if (!group.simple) return false;
  const firsts = group.alternatives.map((a) => a[0]);
  return firsts.every((f) => f !== undefined) && new Set(firsts).size === firsts.length;
}

function quantifierToken(p: string, i: number, top: Group): { text: string; next: number } {
  let j = i + 1;
  if (p[i] === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (!m) return literal(top, '\\{', i + 1, '{');
    const max = Math.max(Number(m[1]), Number(m[3] || 0));
    if (max > 1000) unsupported('repeat counts above 1000', 'repeticiones de más de 1000');
    j = i + m[0].length;
  }
  if (p[j] === '+' || p[j] === '*' || (p[j] === '{' && /^\{\d/.test(p.slice(j)))) {
    unsupported('possessive or doubled repetition operators', 'operadores de repetición posesivos o dobles');
  }
  if (p[j] === '?') j++;
  if (top.atoms.length === 1) top.first = null; // a repeated first atom is no delimiter
  top.hasQuantifier = true;
  top.simple = false;
  return { text: p.slice(i, j), next: j };
}
