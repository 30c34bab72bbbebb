/**
 * Command-line flags the way kubectl's flag library (spf13/pflag) reads them: `--name value`,
 * `--name=value`, `-n value`, `-nvalue`, combined booleans (`-it`), `--flag=false`, and `--`
 * ending the flags. Flags may come before or after the arguments. Error texts are pflag's.
 */

export type FlagType = 'bool' | 'string' | 'list';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
}

export interface ParsedArgs {
  /** Flag values by long name: booleans as 'true'/'false', repeated/list flags accumulate. */
  values: Map<string, string[]>;
  positional: string[];
  /** Words after `--`, if `--` was given. */
  dashArgs?: string[];
  error?: string;
}

/** Flags every kubectl command accepts (kubectl's persistent flags the lab understands). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'list' },
  { name: 'as-uid', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'token', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

const BOOL_VALUES: Record<string, string> = {
  true: 'true',
  false: 'false',
  '1': 'true',
  '0': 'false',
  t: 'true',
  f: 'false',
  TRUE: 'true',
  FALSE: 'false',
  True: 'true',
  False: 'false',
  T: 'true',
  F: 'false',
};

function setValue(values: Map<string, string[]>, spec: FlagSpec, value: string): string | undefined {
  if (spec.type === 'bool') {
    const bool = BOOL_VALUES[value];
    if (bool === undefined) return `invalid argument "${value}" for "--${spec.name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
    values.set(spec.name, [bool]);
    return undefined;
  }
  if (spec.type === 'list') values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
  else values.set(spec.name, [value]);
  return undefined;
}

function parseLong(args: readonly string[], i: number, specs: readonly FlagSpec[], values: Map<string, string[]>): { next: number; error?: string } {
  const body = args[i].slice(2);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const spec = specs.find((s) => s.name === name);
  if (!spec) return { next: i + 1, error: `unknown flag: --${name}` };
  if (eq >= 0) return { next: i + 1, error: setValue(values, spec, body.slice(eq + 1)) };
  if (spec.type === 'bool') return { next: i + 1, error: setValue(values, spec, 'true') };
  if (i + 1 >= args.length) return { next: i + 1, error: `flag needs an argument: --${name}` };
  return { next: i + 2, error: setValue(values, spec, args[i + 1]) };
}

function parseShort(args: readonly string[], i: number, specs: readonly FlagSpec[], values: Map<string, string[]>): { next: number; error?: string } {
  const arg = args[i];
  for (let k = 1; k < arg.length; k++) {
    const spec = specs.find((s) => s.short === arg[k]);
    if (!spec) return { next: i + 1, error: `unknown shorthand flag: '${arg[k]}' in ${arg}` };
    const rest = arg.slice(k + 1);
    if (spec.type === 'bool') {
      if (rest.startsWith('=')) return { next: i + 1, error: setValue(values, spec, rest.slice(1)) };
      setValue(values, spec, 'true');
      continue;
    }
    if (rest !== '') return { next: i + 1, error: setValue(values, spec, rest.startsWith('=') ? rest.slice(1) : rest) };
    if (i + 1 >= args.length) return { next: i + 1, error: `flag needs an argument: '${arg[k]}' in ${arg}` };
    return { next: i + 2, error: setValue(values, spec, args[i + 1]) };
  }
  return { next: i + 1 };
}

/** Parse `args` against `specs` (plus the global flags). Never throws. */
export function parseArgs(args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const all = [...specs, ...GLOBAL_FLAGS];
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i];
    if (arg === '--') return { values, positional, dashArgs: args.slice(i + 1) };
    let step: { next: number; error?: string };
    if (arg.startsWith('--') && arg.length > 2) step = parseLong(args, i, all, values);
    else if (arg.startsWith('-') && arg.length > 1) step = parseShort(args, i, all, values);
    else {
      positional.push(arg);
      step = { next: i + 1 };
    }
    if (step.error) return { values, positional, error: step.error };
    i = step.next;
  }
  return { values, positional };
}

/** The last value of a flag. */
export function flagString(parsed: ParsedArgs, name: string): string | undefined {
  const list = parsed.values.get(name);
  return list && list.length > 0 ? list[list.length - 1] : undefined;
}

/** A boolean flag (absent → false). */
export function flagBool(parsed: ParsedArgs, name: string): boolean {
  return flagString(parsed, name) === 'true';
}

/** Every value of a repeatable flag, comma lists split (`--verb=get,list --verb=watch`). */
export function flagList(parsed: ParsedArgs, name: string): string[] {
  return (parsed.values.get(name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
