// Kubernetes semver CEL library, version 1 (in the base environment from 1.33):
// staging/src/k8s.io/apiserver/pkg/cel/library/semverlib.go. Parsing follows blang/semver v4
// `Parse` (strict MAJOR.MINOR.PATCH, no leading zeros, prerelease and build metadata), and
// `semver(s, true)` its normalizeAndParse (no `v`, missing minor/patch filled, leading zeros dropped).
import type { Environment } from '@marcbachmann/cel-js';
import { celFail } from './errors';

type Pre = bigint | string;

/** A CEL `kubernetes.Semver` value. */
export class CelSemver {
  constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly pre: readonly Pre[],
    readonly text: string,
  ) {}
  celDisplay(): string {
    return this.text;
  }
}

const DIGITS = /^[0-9]*$/;
const ALNUM = /^[0-9A-Za-z-]*$/;
const hasLeadingZero = (s: string): boolean => s.length > 1 && s[0] === '0';
const UINT64_MAX = 2n ** 64n - 1n;

function number(part: string, what: string): bigint {
  if (!DIGITS.test(part)) throw new Error(`Invalid character(s) found in ${what} number ${JSON.stringify(part)}`);
  if (hasLeadingZero(part)) throw new Error(`${what[0].toUpperCase()}${what.slice(1)} number must not contain leading zeroes ${JSON.stringify(part)}`);
  if (part === '') throw new Error('strconv.ParseUint: parsing "": invalid syntax');
  const n = BigInt(part);
  if (n > UINT64_MAX) throw new Error(`strconv.ParseUint: parsing ${JSON.stringify(part)}: value out of range`);
  return n;
}

function prerelease(s: string): Pre {
  if (s === '') throw new Error('Prerelease is empty');
  if (DIGITS.test(s)) {
    if (hasLeadingZero(s)) throw new Error(`Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(s)}`);
    return BigInt(s);
  }
  if (ALNUM.test(s)) return s;
  throw new Error(`Invalid character(s) found in prerelease ${JSON.stringify(s)}`);
}

/** blang/semver v4 Parse. */
export function parseSemver(s: string): CelSemver {
  if (s === '') throw new Error('Version string empty');
  const parts = splitN(s, '.', 3);
  if (parts.length !== 3) throw new Error('No Major.Minor.Patch elements found');
  const major = number(parts[0], 'major');
  const minor = number(parts[1], 'minor');
  let patchText = parts[2];
  const plus = patchText.indexOf('+');
  const build = plus === -1 ? [] : patchText.slice(plus + 1).split('.');
  if (plus !== -1) patchText = patchText.slice(0, plus);
  const dash = patchText.indexOf('-');
  const pre =
    dash === -1
      ? []
      : patchText
          .slice(dash + 1)
          .split('.')
          .map(prerelease);
  if (dash !== -1) patchText = patchText.slice(0, dash);
  const patch = number(patchText, 'patch');
  for (const b of build) {
    if (b === '') throw new Error('Build meta data is empty');
    if (!ALNUM.test(b)) throw new Error(`Invalid character(s) found in build meta data ${JSON.stringify(b)}`);
  }
  return new CelSemver(major, minor, patch, pre, s);
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  out.push(rest);
  return out;
}

/** normalizeAndParse of semverlib.go. */
export function normalizeAndParse(input: string): CelSemver {
  const s = input.startsWith('v') ? input.slice(1) : input;
  const parts = splitN(s, '.', 3).map((p) => {
    if (p.length <= 1) return p;
    const trimmed = p.replace(/^0+/, '');
    return trimmed === '' || !/^[0-9]/.test(trimmed) ? `0${trimmed}` : trimmed;
  });
  if (parts.length < 3) {
    if (/[+-]/.test(parts[parts.length - 1])) throw new Error('short version cannot contain PreRelease/Build meta data');
    while (parts.length < 3) parts.push('0');
  }
  const v = parseSemver(parts.join('.'));
  return new CelSemver(v.major, v.minor, v.patch, v.pre, input);
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePre(a: Pre, b: Pre): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return cmp(a, b);
  if (typeof a === 'bigint') return -1;
  if (typeof b === 'bigint') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Version.Compare: numbers, then prerelease (none > some; identifiers pairwise; shorter first). */
export function compareSemver(v: CelSemver, o: CelSemver): number {
  const byNumber = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
  if (byNumber !== 0) return byNumber;
  if (v.pre.length === 0 || o.pre.length === 0) return v.pre.length === o.pre.length ? 0 : v.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(v.pre.length, o.pre.length); i++) {
    const c = comparePre(v.pre[i], o.pre[i]);
    if (c !== 0) return c;
  }
  return cmp(BigInt(v.pre.length), BigInt(o.pre.length));
}

function toSemver(s: string, normalize: boolean): CelSemver {
  try {
    return normalize ? normalizeAndParse(s) : parseSemver(s);
  } catch (error) {
    return celFail((error as Error).message);
  }
}

function valid(s: string, normalize: boolean): boolean {
  try {
    toSemver(s, normalize);
    return true;
  } catch {
    return false;
  }
}

/** Registers `semver`, `isSemver` (1 and 2 arguments) and the Semver methods. */
export function registerSemver(env: Environment): void {
  const T = 'kubernetes.Semver';
  env.registerType(T, CelSemver);
  env.registerFunction(`semver(string): ${T}`, (s: string) => toSemver(s, false));
  env.registerFunction(`semver(string, bool): ${T}`, toSemver);
  env.registerFunction('isSemver(string): bool', (s: string) => valid(s, false));
  env.registerFunction('isSemver(string, bool): bool', valid);
  env.registerFunction(`${T}.major(): int`, (v: CelSemver) => BigInt.asIntN(64, v.major));
  env.registerFunction(`${T}.minor(): int`, (v: CelSemver) => BigInt.asIntN(64, v.minor));
  env.registerFunction(`${T}.patch(): int`, (v: CelSemver) => BigInt.asIntN(64, v.patch));
  env.registerFunction(`${T}.isGreaterThan(${T}): bool`, (a: CelSemver, b: CelSemver) => compareSemver(a, b) === 1);
  env.registerFunction(`${T}.isLessThan(${T}): bool`, (a: CelSemver, b: CelSemver) => compareSemver(a, b) === -1);
  env.registerFunction(`${T}.compareTo(${T}): int`, (a: CelSemver, b: CelSemver) => BigInt(compareSemver(a, b)));
  env.registerOperator(`${T} == ${T}`, (a: CelSemver, b: CelSemver) => compareSemver(a, b) === 0);
}
