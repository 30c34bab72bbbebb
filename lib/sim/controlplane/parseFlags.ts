/**
 * Reads the command line of a control-plane container the way the Kubernetes components do
 * (spf13/pflag with k8s.io/component-base `WordSepNormalizeFunc`): `--flag=value`,
 * `--flag value`, bare boolean flags, `_` and `-` interchangeable, the last value of a scalar
 * flag wins and slice flags append.
 */
import type { ControlPlaneComponent, FlagOccurrence, FlagSet } from './types';

/** Boolean flags: `--flag value` does NOT consume `value` for them (pflag NoOptDefVal). */
const BOOL_FLAGS = new Set([
  'anonymous-auth',
  'profiling',
  'service-account-lookup',
  'allow-privileged',
  'use-service-account-credentials',
  'client-cert-auth',
  'peer-client-cert-auth',
  'auto-tls',
  'peer-auto-tls',
  'enable-aggregator-routing',
  'enable-bootstrap-token-auth',
  'leader-elect',
  'enable-priority-and-fairness',
  'logtostderr',
  'audit-log-compress',
]);

interface Token {
  text: string;
  path: string;
}

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Tokens of `command` then `args`; an entry holding a shell line (`sh -c "kube-apiserver --x"`) is split on spaces. */
export function containerTokens(container: Record<string, unknown>, prefix: string): Token[] {
  const tokens: Token[] = [];
  for (const field of ['command', 'args'] as const) {
    const list = container[field];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, i) => {
      const text = scalar(entry);
      if (text === null) return;
      const path = `${prefix}.${field}[${i}]`;
      for (const part of text.trim().split(/\s+/)) if (part) tokens.push({ text: part, path });
    });
  }
  return tokens;
}

function basename(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

/** Normalise a flag name as the components do (`--audit_log_path` is `--audit-log-path`). */
export function normalizeFlagName(name: string): string {
  return name.replace(/^-+/, '').replace(/_/g, '-');
}

/** Parse the tokens after the component's binary into flag occurrences and stray arguments. */
export function parseFlagTokens(tokens: readonly Token[], binary: string): { flags: FlagOccurrence[]; stray: Token[] } {
  const binaryAt = tokens.findIndex((t) => basename(t.text) === binary);
  const firstFlag = tokens.findIndex((t) => t.text.startsWith('-'));
  let i = binaryAt >= 0 ? binaryAt + 1 : Math.max(firstFlag, 0);
  const flags: FlagOccurrence[] = [];
  const stray: Token[] = [];
  for (; i < tokens.length; i++) {
    const { text, path } = tokens[i];
    if (!text.startsWith('-') || text === '-' || text === '--') {
      stray.push(tokens[i]);
      continue;
    }
    const eq = text.indexOf('=');
    const name = normalizeFlagName(eq >= 0 ? text.slice(0, eq) : text);
    if (eq >= 0) flags.push({ name, value: text.slice(eq + 1), path });
    else if (BOOL_FLAGS.has(name)) flags.push({ name, value: 'true', path });
    else if (i + 1 < tokens.length && !tokens[i + 1].text.startsWith('-')) flags.push({ name, value: tokens[++i].text, path });
    else flags.push({ name, value: '', path });
  }
  return { flags, stray };
}

/** Build the FlagSet of one container. */
export function buildFlagSet(component: ControlPlaneComponent, container: Record<string, unknown>, prefix: string): FlagSet {
  const { flags, stray } = parseFlagTokens(containerTokens(container, prefix), component);
  const byName = new Map<string, FlagOccurrence[]>();
  for (const flag of flags) byName.set(flag.name, [...(byName.get(flag.name) ?? []), flag]);
  const hasCommand = Array.isArray(container.command) && container.command.length > 0;
  const hasArgs = Array.isArray(container.args) && container.args.length > 0;
  return {
    component,
    last: (name) => byName.get(normalizeFlagName(name))?.at(-1),
    all: (name) => [...(byName.get(normalizeFlagName(name)) ?? [])],
    insertPath: `${prefix}.${!hasCommand && hasArgs ? 'args' : 'command'}`,
    stray,
  };
}

/** Comma-separated values of a slice flag over all its occurrences (`--enable-admission-plugins`). */
export function flagList(flags: FlagSet, name: string): { values: string[]; occurrences: FlagOccurrence[] } {
  const occurrences = flags.all(name);
  const values = occurrences.flatMap((o) =>
    o.value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );
  return { values, occurrences };
}

/** Go's strconv.ParseBool. */
export function parseGoBool(text: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return null;
}

/** Go's time.ParseDuration, in seconds (`4h0m0s`, `5m`, `300ms`); bare `0` is zero; null when invalid. */
export function parseGoDuration(text: string): number | null {
  if (text.length > 64) return null;
  if (/^[-+]?0$/.test(text)) return 0;
  const units: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!match) return null;
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * units[part[2]];
  return match[1] === '-' ? -total : total;
}
