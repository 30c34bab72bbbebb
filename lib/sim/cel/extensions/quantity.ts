// Kubernetes quantity library (K8s 1.28+): quantity(), isQuantity() and the Quantity methods.
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-quantity-library
// Grammar: k8s.io/apimachinery pkg/api/resource/quantity.go.
import type { Environment } from '@marcbachmann/cel-js';
import { celFail } from './errors';

const BINARY: Record<string, bigint> = { Ki: 2n ** 10n, Mi: 2n ** 20n, Gi: 2n ** 30n, Ti: 2n ** 40n, Pi: 2n ** 50n, Ei: 2n ** 60n };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** An exact quantity: num / den. */
export class Quantity {
  constructor(
    readonly num: bigint,
    readonly den: bigint,
    readonly text?: string,
  ) {}
  celDisplay(): string {
    return this.text ?? formatDecimal(this.num, this.den);
  }
  compare(o: Quantity): number {
    const a = this.num * o.den;
    const b = o.num * this.den;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  plus(o: Quantity, sign: bigint): Quantity {
    return new Quantity(this.num * o.den + sign * o.num * this.den, this.den * o.den);
  }
}

function formatDecimal(num: bigint, den: bigint): string {
  const neg = num < 0n;
  const abs = neg ? -num : num;
  let digits = 0;
  let d = den;
  while (d % 10n === 0n && d > 1n) {
    d /= 10n;
    digits++;
  }
  if (d !== 1n) return String(Number(num) / Number(den));
  const whole = (abs / den).toString();
  const frac = digits ? (abs % den).toString().padStart(digits, '0').replace(/0+$/, '') : '';
  return (neg ? '-' : '') + whole + (frac ? '.' + frac : '');
}

/** Parses a Kubernetes quantity string exactly; null when it is not one. */
export function parseQuantity(text: string): Quantity | null {
  const m = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE]?)$/.exec(text);
  if (!m) return null;
  const [whole, frac = ''] = m[2].split('.');
  let num = BigInt((whole || '0') + frac) * (m[1] === '-' ? -1n : 1n);
  let den = 10n ** BigInt(frac.length);
  const suffix = m[3];
  let exp = 0;
  if (suffix in BINARY) num *= BINARY[suffix];
  else if (/^[eE]/.test(suffix)) exp = Number(suffix.slice(1));
  else exp = DECIMAL[suffix];
  if (Math.abs(exp) > 100) return null;
  if (exp > 0) num *= 10n ** BigInt(exp);
  else den *= 10n ** BigInt(-exp);
  return new Quantity(num, den, text);
}

function requireQuantity(text: string): Quantity {
  return parseQuantity(text) ?? celFail(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': ${JSON.stringify(text)}`);
}

function asInteger(q: Quantity): bigint {
  if (q.num % q.den !== 0n) celFail('cannot convert value to integer');
  const v = q.num / q.den;
  if (v > INT64_MAX || v < INT64_MIN) celFail('cannot convert value to integer');
  return v;
}

/** Registers `quantity(string)`, `isQuantity(string)` and the Quantity methods. */
export function registerQuantity(env: Environment): void {
  env.registerType('Quantity', Quantity);
  env.registerFunction('quantity(string): Quantity', requireQuantity);
  env.registerFunction('isQuantity(string): bool', (s: string) => parseQuantity(s) !== null);
  env.registerFunction('Quantity.isInteger(): bool', (q: Quantity) => q.num % q.den === 0n);
  env.registerFunction('Quantity.asInteger(): int', asInteger);
  env.registerFunction('Quantity.asApproximateFloat(): double', (q: Quantity) => Number(q.num) / Number(q.den));
  env.registerFunction('Quantity.sign(): int', (q: Quantity) => BigInt(q.compare(new Quantity(0n, 1n))));
  env.registerFunction('Quantity.add(Quantity): Quantity', (a: Quantity, b: Quantity) => a.plus(b, 1n));
  env.registerFunction('Quantity.add(int): Quantity', (a: Quantity, b: bigint) => a.plus(new Quantity(b, 1n), 1n));
  env.registerFunction('Quantity.sub(Quantity): Quantity', (a: Quantity, b: Quantity) => a.plus(b, -1n));
  env.registerFunction('Quantity.sub(int): Quantity', (a: Quantity, b: bigint) => a.plus(new Quantity(b, 1n), -1n));
  env.registerFunction('Quantity.isGreaterThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compare(b) > 0);
  env.registerFunction('Quantity.isLessThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compare(b) < 0);
  env.registerFunction('Quantity.compareTo(Quantity): int', (a: Quantity, b: Quantity) => BigInt(a.compare(b)));
}
