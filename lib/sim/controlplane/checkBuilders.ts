/**
 * Small builders the check registry is written with: a flag or config test plus the words for
 * what was found. Defaults are the components' own (a flag that is absent but defaults to a
 * secure value passes, and the detail says so).
 */
import { msg } from '../messages';
import type { Message } from '../messages';
import { flagList, parseGoBool } from './parseFlags';
import type { CheckTarget, CheckVerdict, ControlPlaneCheck, FlagOccurrence, FlagSet } from './types';

export type FlagTest = (flags: FlagSet) => CheckVerdict | null;
export type ConfigTest = (config: Record<string, unknown>) => CheckVerdict | null;
type CheckSpec = Omit<ControlPlaneCheck, 'evaluate'>;

/** A check on the flags of one component's container. */
export function flagCheck(spec: CheckSpec & { test: FlagTest }): ControlPlaneCheck {
  const { test, ...rest } = spec;
  return { ...rest, evaluate: (target: CheckTarget) => (target.kind === 'flags' && target.component === spec.component ? test(target.flags) : null) };
}

/** A check on a configuration object (KubeletConfiguration, EncryptionConfiguration). */
export function configCheck(spec: CheckSpec & { test: ConfigTest }): ControlPlaneCheck {
  const { test, ...rest } = spec;
  return { ...rest, evaluate: (target: CheckTarget) => (target.kind === 'config' && target.component === spec.component ? test(target.config) : null) };
}

// ---------------------------------------------------------------- words

/** What an absent flag or field means: its default, and whether that default is secure. */
export function absentDetail(name: string, fallback: string | null, pass: boolean): Message {
  if (fallback === null) return msg('controlplane.checkBuilders.isNotSet', { name });
  return pass ? msg('controlplane.checkBuilders.isNotSetAnd', { name, fallback }) : msg('controlplane.checkBuilders.isNotSetSo', { name, fallback });
}

/** What a flag or field is set to. */
export function valueDetail(name: string, value: string): Message {
  return msg('controlplane.checkBuilders.isSetTo', { name, value });
}

function invalidDetail(name: string, value: string, what: Message): Message {
  return msg('controlplane.checkBuilders.isNotTheComponent', { name, value, what: what });
}

const A_BOOLEAN = msg('controlplane.checkBuilders.aValidBoolean', {});
const A_NUMBER = msg('controlplane.checkBuilders.aWholeNumber', {});

// ---------------------------------------------------------------- flag tests

/** The flag must end up `want`; `fallback` is the component's default. */
export function boolFlag(flag: string, want: boolean, fallback: boolean): FlagTest {
  return (flags) => {
    const occ = flags.last(flag);
    if (!occ) return { pass: fallback === want, path: flags.insertPath, detail: absentDetail(`--${flag}`, String(fallback), fallback === want) };
    const value = parseGoBool(occ.value);
    if (value === null) return { pass: false, path: occ.path, detail: invalidDetail(`--${flag}`, occ.value, A_BOOLEAN) };
    return { pass: value === want, path: occ.path, detail: valueDetail(`--${flag}`, occ.value) };
  };
}

/** Every flag must be set to a non-empty value. */
export function requiredFlags(...names: string[]): FlagTest {
  return (flags) => {
    const missing = names.filter((n) => !flags.last(n)?.value);
    if (missing.length === 0) {
      const occ = flags.last(names[0]) as FlagOccurrence;
      return { pass: true, path: occ.path, detail: valueDetail(`--${names[0]}`, occ.value) };
    }
    const list = missing.map((n) => `--${n}`);
    return {
      pass: false,
      path: flags.insertPath,
      detail: list.length === 1 ? absentDetail(list[0], null, false) : msg('controlplane.notSetMany', { names: list }),
    };
  };
}

/** The flag must not be set at all (or only to an accepted value). */
export function forbiddenFlag(flag: string, accepted: (value: string) => boolean = () => false): FlagTest {
  return (flags) => {
    const occ = flags.last(flag);
    if (!occ) return { pass: true, path: flags.insertPath, detail: absentDetail(`--${flag}`, null, true) };
    return { pass: accepted(occ.value), path: occ.path, detail: valueDetail(`--${flag}`, occ.value) };
  };
}

/** A slice flag must (or must not) contain an item; `fallback` is the list when the flag is absent. */
export function listFlag(flag: string, item: string, mustContain: boolean, fallback: string[] = []): FlagTest {
  return (flags) => {
    const { values, occurrences } = flagList(flags, flag);
    if (occurrences.length === 0) {
      const pass = fallback.includes(item) === mustContain;
      return { pass, path: flags.insertPath, detail: absentDetail(`--${flag}`, fallback.length ? fallback.join(',') : null, pass) };
    }
    const pass = values.includes(item) === mustContain;
    const at =
      occurrences.find((o) =>
        o.value
          .split(',')
          .map((v) => v.trim())
          .includes(item),
      ) ?? occurrences[occurrences.length - 1];
    return { pass, path: at.path, detail: valueDetail(`--${flag}`, values.join(',')) };
  };
}

/** An integer flag must be at least `min` (when `applies` says the check is relevant). */
export function minIntFlag(flag: string, min: number, fallback: number, applies: (flags: FlagSet) => boolean = () => true): FlagTest {
  return (flags) => {
    if (!applies(flags)) return null;
    const occ = flags.last(flag);
    if (!occ) return { pass: fallback >= min, path: flags.insertPath, detail: absentDetail(`--${flag}`, String(fallback), fallback >= min) };
    if (!/^[-+]?\d+$/.test(occ.value)) return { pass: false, path: occ.path, detail: invalidDetail(`--${flag}`, occ.value, A_NUMBER) };
    return { pass: Number(occ.value) >= min, path: occ.path, detail: valueDetail(`--${flag}`, occ.value) };
  };
}

// ---------------------------------------------------------------- config tests

/** The value at a dotted path of a config object (`authentication.anonymous.enabled`). */
export function getField(config: unknown, path: string): unknown {
  let current: unknown = config;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function shown(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** What a config field is set to (lists joined with commas). */
export function fieldDetail(path: string, value: unknown): Message {
  return valueDetail(path, shown(value));
}

/** A boolean field must end up `want`; `fallback` is the KubeletConfiguration default. */
export function boolField(path: string, want: boolean, fallback: boolean): ConfigTest {
  return (config) => {
    const value = getField(config, path);
    if (value === undefined || value === null) return { pass: fallback === want, path, detail: absentDetail(path, String(fallback), fallback === want) };
    if (typeof value !== 'boolean') return { pass: false, path, detail: invalidDetail(path, shown(value), A_BOOLEAN) };
    return { pass: value === want, path, detail: fieldDetail(path, value) };
  };
}

/** Every field must be a non-empty string. */
export function requiredFields(...paths: string[]): ConfigTest {
  return (config) => {
    const missing = paths.filter((p) => {
      const v = getField(config, p);
      return typeof v !== 'string' || v === '';
    });
    if (missing.length === 0) return { pass: true, path: paths[0], detail: fieldDetail(paths[0], getField(config, paths[0])) };
    return {
      pass: false,
      path: missing[0],
      detail: missing.length === 1 ? absentDetail(missing[0], null, false) : msg('controlplane.notSetMany', { names: missing }),
    };
  };
}
