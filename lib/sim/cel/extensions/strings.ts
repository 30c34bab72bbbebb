// Kubernetes strings extension library, version 2 (cel-go ext.Strings, as the API server pins it).
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-string-library (links cel-go ext/strings).
import type { Environment } from '@marcbachmann/cel-js';
import { fromCelValue } from '../convert';
import { celFail, toIndex } from './errors';

class StringsNamespace {}

/** Registers charAt, replace, format and strings.quote (lowerAscii, upperAscii, split, join, trim, indexOf, lastIndexOf, substring are built in). */
export function registerStrings(env: Environment): void {
  env.registerFunction('string.charAt(int): string', (s: string, i: bigint) => charAt(s, toIndex(i)));
  env.registerFunction('string.replace(string, string): string', (s: string, a: string, b: string) => replaceN(s, a, b, -1));
  env.registerFunction('string.replace(string, string, int): string', (s: string, a: string, b: string, n: bigint) => replaceN(s, a, b, Number(n)));
  env.registerFunction('string.format(list): string', (s: string, args: unknown[]) => formatString(s, args));
  env.registerType('Strings', StringsNamespace);
  env.registerConstant('strings', 'Strings', new StringsNamespace());
  env.registerFunction('Strings.quote(string): string', (_ns: unknown, s: string) => JSON.stringify(s));
}

function charAt(s: string, i: number): string {
  const chars = Array.from(s);
  if (i < 0 || i > chars.length) celFail(`index out of range: ${i}`);
  return chars[i] ?? '';
}

function replaceN(s: string, from: string, to: string, n: number): string {
  if (n === 0) return s;
  if (from === '') {
    const chars = Array.from(s);
    const limit = n < 0 ? chars.length + 1 : Math.min(n, chars.length + 1);
    let out = '';
    for (let i = 0; i < chars.length; i++) out += (i < limit ? to : '') + chars[i];
    return out + (limit > chars.length ? to : '');
  }
  const parts = s.split(from);
  if (n < 0 || n >= parts.length - 1) return parts.join(to);
  return parts.slice(0, n + 1).join(to) + from + parts.slice(n + 1).join(from);
}

/** `'%s has %d replicas'.format([name, n])`: verbs %s %d %f %.Nf %e %x %X %o %b %%. */
export function formatString(template: string, args: readonly unknown[]): string {
  let out = '';
  let argIndex = 0;
  const re = /%(\.(\d+))?([sdfexXob%])/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[3] === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) celFail(`index ${argIndex} out of range`);
    out += formatArg(m[3], args[argIndex++], m[2] === undefined ? undefined : Number(m[2]));
  }
  if (/%(?!\.\d+[sdfexXob]|[sdfexXob%])/.test(template.slice(last))) celFail('unrecognized formatting clause');
  return out + template.slice(last);
}

function formatArg(verb: string, arg: unknown, precision: number | undefined): string {
  switch (verb) {
    case 's':
      return typeof arg === 'string' ? arg : displayString(arg);
    case 'd':
      return integral(arg, 'd').toString();
    case 'f':
      return numeric(arg, 'f').toFixed(precision ?? 6);
    case 'e':
      return numeric(arg, 'e')
        .toExponential(precision ?? 6)
        .replace(/e([+-])(\d)$/, 'e$10$2');
    case 'x':
      return typeof arg === 'string' ? utf8Hex(arg) : integral(arg, 'x').toString(16);
    case 'X':
      return formatArg('x', arg, precision).toUpperCase();
    case 'o':
      return integral(arg, 'o').toString(8);
    default:
      return integral(arg, 'b').toString(2);
  }
}

function integral(arg: unknown, verb: string): bigint {
  if (typeof arg === 'bigint') return arg;
  return celFail(`error during formatting: %${verb} requires an integer argument, got ${typeName(arg)}`);
}

function numeric(arg: unknown, verb: string): number {
  if (typeof arg === 'number' || typeof arg === 'bigint') return Number(arg);
  return celFail(`error during formatting: %${verb} requires a number argument, got ${typeName(arg)}`);
}

function typeName(arg: unknown): string {
  if (arg === null) return 'null_type';
  if (typeof arg === 'bigint') return 'int';
  if (typeof arg === 'number') return 'double';
  if (Array.isArray(arg)) return 'list';
  return typeof arg === 'object' ? 'map' : typeof arg;
}

function displayString(arg: unknown): string {
  const plain = fromCelValue(arg);
  if (typeof plain === 'string') return plain;
  if (typeof plain === 'number' || typeof plain === 'boolean' || plain === null) return String(plain);
  return JSON.stringify(plain);
}

function utf8Hex(s: string): string {
  let out = '';
  let encoded: string;
  try {
    encoded = encodeURIComponent(s);
  } catch {
    return celFail('invalid UTF-8 string');
  }
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === '%') {
      out += encoded.slice(i + 1, i + 3).toLowerCase();
      i += 2;
    } else out += encoded.charCodeAt(i).toString(16).padStart(2, '0');
  }
  return out;
}
