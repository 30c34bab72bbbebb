/**
 * `kubectl` for the simulated cluster: parse the command line, run the command as the
 * kubeconfig user (or `--as`), against RBAC, admission and the audit policy, and return what
 * kubectl would print. Upstream: kubernetes/kubectl pkg/cmd.
 */
import type { Cluster } from '../types';
import { createCluster } from '../cluster';
import { flagString, GLOBAL_FLAGS, parseArgs, type FlagSpec, type ParsedArgs } from './flags';
import { isRecord } from '../apiserver/objectData';
import { tokenizeShell } from '../shell/shellWords';
import { clusterAuditPolicy } from '../apiserver/store';
import type { Env, KubectlResult, RunKubectlOptions } from './types';
import { flagError, unknownCommand } from './usage';
import { COMMANDS } from './commands';
import { notSimulated, printHelp } from './help';
import { printErr } from './output';
import { authenticateBearerToken, UNAUTHORIZED } from '../apiserver/tokenAuth';
import { noteLine, textsOf } from '../streams';
import { msg } from '../messages';
import { english } from '../messages/english';

const DEFAULT_USER = 'minikube-user';
const DEFAULT_GROUPS = ['system:masters', 'system:authenticated'];
const MAX_OUTPUT_LINES = 5000;

/** Context changes a command asks the shell to keep (`kubectl config set-context --current --namespace`). */
export interface ContextChange {
  namespace?: string;
}

function buildEnv(cluster: Cluster, options: RunKubectlOptions): Env {
  const opts: RunKubectlOptions = isRecord(options) ? options : {};
  const explicitPolicy = opts.auditPolicy;
  return {
    cluster,
    actor: {
      user: typeof opts.user === 'string' ? opts.user : DEFAULT_USER,
      groups: Array.isArray(opts.groups) ? opts.groups.filter((g): g is string => typeof g === 'string') : [...DEFAULT_GROUPS],
    },
    namespace: typeof opts.namespace === 'string' && opts.namespace !== '' ? opts.namespace : 'default',
    namespaceExplicit: false,
    files: isRecord(opts.files) ? (opts.files as Record<string, string>) : {},
    ...(typeof opts.stdin === 'string' ? { stdin: opts.stdin } : {}),
    auditPolicy: explicitPolicy ?? clusterAuditPolicy(cluster),
    audit: [],
    tick: typeof opts.tick === 'number' && Number.isFinite(opts.tick) ? opts.tick : 0,
    requests: 0,
    out: [],
    pastAudit: Array.isArray(opts.auditLog) ? opts.auditLog : [],
  };
}

function applyGlobals(env: Env, parsed: ParsedArgs): string | undefined {
  const namespace = flagString(parsed, 'namespace');
  if (namespace !== undefined) {
    if (namespace === '') return 'flag needs an argument: --namespace';
    env.namespace = namespace;
    env.namespaceExplicit = true;
  }
  const token = flagString(parsed, 'token');
  if (token !== undefined && token !== '') {
    // --token replaces the kubeconfig's credentials: the request authenticates as the token's owner.
    const who = authenticateBearerToken(env.cluster, token);
    if (!who) return UNAUTHORIZED;
    env.actor = who;
  }
  const as = flagString(parsed, 'as');
  const asGroups = parsed.values.get('as-group') ?? [];
  if (as !== undefined && as !== '') env.impersonate = { user: as, groups: asGroups };
  else if (asGroups.length > 0) env.impersonate = { user: '', groups: asGroups };
  const context = flagString(parsed, 'context');
  if (context !== undefined && context !== 'minikube') return `context was not found for specified context: ${context}`;
  return undefined;
}

/** Run one kubectl invocation given its words (without the leading `kubectl`). */
export function runKubectlWords(cluster: Cluster, words: readonly string[], options: RunKubectlOptions = {}): KubectlResult & { context?: ContextChange } {
  const env = buildEnv(cluster, options);
  let exitCode: number;
  let context: ContextChange | undefined;
  try {
    const result = dispatch(env, words);
    exitCode = result.exitCode;
    context = result.context;
  } catch (error) {
    printErr(env, msg('kubectl.simulatorFailed', { detail: error instanceof Error ? error.message : String(error) }));
    exitCode = 1;
  }
  const lines =
    env.out.length > MAX_OUTPUT_LINES
      ? [...env.out.slice(0, MAX_OUTPUT_LINES), noteLine('stdout', msg('kubectl.moreLines', { count: env.out.length - MAX_OUTPUT_LINES }))]
      : env.out;
  return { output: textsOf(lines, english), lines, exitCode, cluster: env.cluster, auditEvents: env.audit, ...(context ? { context } : {}) };
}

/** Index of the first word that is neither a flag nor the value of one of `specs` (and the globals). */
function commandIndex(words: readonly string[], specs: readonly FlagSpec[] = []): number {
  const all = [...specs, ...GLOBAL_FLAGS];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--') return -1;
    if (!word.startsWith('-')) return i;
    const spec = all.find((f) => word === `--${f.name}` || (f.short !== undefined && word === `-${f.short}`));
    if (spec && spec.type !== 'bool') i++;
  }
  return -1;
}

function dispatch(env: Env, words: readonly string[]): { exitCode: number; context?: ContextChange } {
  const first = commandIndex(words);
  if (words.length === 0 || first < 0) return { exitCode: printHelp(env, []) };
  const name = words[first];
  const command = COMMANDS[name];
  // cobra's `help` command: `kubectl help get` is `kubectl get --help`.
  if (name === 'help')
    return {
      exitCode: printHelp(
        env,
        words
          .slice(first + 1)
          .filter((w) => !w.startsWith('-'))
          .slice(0, 2),
      ),
    };
  if (!command) {
    printErr(env, notSimulated(name) ?? unknownCommand(name, Object.keys(COMMANDS)));
    return { exitCode: 1 };
  }
  const rest = [...words.slice(0, first), ...words.slice(first + 1)];
  const subAt = command.subcommands ? commandIndex(rest, [...command.flags, ...Object.values(command.subcommands).flat()]) : -1;
  const sub = subAt >= 0 ? rest[subAt] : undefined;
  const specs: FlagSpec[] = [...command.flags, ...(sub && command.subcommands?.[sub] ? command.subcommands[sub] : [])];
  const parsed = parseArgs(rest, specs);
  const label = sub && command.subcommands?.[sub] ? `${name} ${sub}` : name;
  if (parsed.error) {
    printErr(env, flagError(label, parsed.error));
    return { exitCode: 1 };
  }
  if (parsed.values.get('help')?.includes('true')) return { exitCode: printHelp(env, sub ? [name, sub] : [name]) };
  const globalError = applyGlobals(env, parsed);
  if (globalError) {
    printErr(env, `error: ${globalError}`);
    return { exitCode: 1 };
  }
  const exitCode = command.run(env, parsed);
  return { exitCode, context: env.nextNamespace !== undefined ? { namespace: env.nextNamespace } : undefined };
}

/**
 * Run a kubectl command line against a cluster, as kubectl would: same syntax, flags, tables
 * and error messages; every request authorized (system:masters + RBAC, `--as` impersonation)
 * and audited per the active audit Policy. Returns the printed lines, the exit code, the
 * cluster after the command and the audit events it caused. Never throws.
 */
export function runKubectl(cluster: Cluster, commandLine: string, context?: RunKubectlOptions): KubectlResult {
  const safeCluster = isRecord(cluster) && cluster.byKind instanceof Map ? cluster : createCluster([]);
  const { tokens } = tokenizeShell(typeof commandLine === 'string' ? commandLine : '');
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  const start = words[0] === 'kubectl' || words[0] === 'k' ? 1 : 0;
  const { output, lines, exitCode, cluster: after, auditEvents } = runKubectlWords(safeCluster, words.slice(start), context ?? {});
  return { output, lines, exitCode, cluster: after, auditEvents };
}
