/**
 * Tab completion for the terminal: commands, kubectl subcommands, resource types, object
 * names in the current (or `-n`) namespace, flags, and file names after `-f`.
 * Models kubectl's cobra completion (`kubectl completion bash`) in its simplest form.
 */
import { COMMANDS } from '../kubectl/commands';
import { listableTypes, resolveResourceType } from '../apiserver/resourceTypes';
import { isShellBlank, tokenizeShell } from './shellWords';
import { listObjects } from '../apiserver/store';
import type { CompletionResult, ShellSession } from './types';
import { nameOf } from '../apiserver/objectData';

const SHELL_COMMANDS = ['kubectl', 'k', 'clear', 'history', 'help', 'echo', 'ls', 'cat', 'grep', 'jq', 'head', 'tail', 'wc'];
const TYPE_COMMANDS = new Set(['get', 'describe', 'delete', 'label', 'edit']);
const COMMON_TYPES = [
  'pods',
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'services',
  'endpoints',
  'serviceaccounts',
  'namespaces',
  'nodes',
  'roles',
  'rolebindings',
  'clusterroles',
  'clusterrolebindings',
  'networkpolicies',
  'secrets',
  'configmaps',
  'events',
];

function unique(items: string[]): string[] {
  return [...new Set(items)].sort();
}

function namespaceFrom(words: string[], fallback: string): string {
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === '-n' || words[i] === '--namespace') && i + 1 < words.length) return words[i + 1];
    if (words[i].startsWith('--namespace=')) return words[i].slice(12);
    if (/^-n\S+$/.test(words[i])) return words[i].slice(2);
  }
  return fallback;
}

function namesOf(session: ShellSession, typeText: string, namespace: string): string[] {
  const info = resolveResourceType(typeText);
  if (!info) return [];
  return listObjects(session.cluster, info, info.namespaced ? namespace : '', session.tick).map(nameOf);
}

function kubectlCandidates(session: ShellSession, words: string[], current: string): string[] {
  const positional = words.filter((w, i) => !w.startsWith('-') && !['-n', '--namespace', '-o', '-l', '-f', '-c', '--as'].includes(words[i - 1] ?? ''));
  const command = positional[0];
  const previous = words[words.length - 1];
  if (previous === '-n' || previous === '--namespace') return [...session.cluster.namespaces.keys()];
  if (previous === '-f' || previous === '--filename') return Object.keys(session.files);
  if (previous === '-o' || previous === '--output') return ['json', 'yaml', 'wide', 'name', 'jsonpath='];
  if (current.startsWith('-')) {
    const def = command ? COMMANDS[command] : undefined;
    return [
      '--namespace',
      '--as',
      '--as-group',
      '--help',
      ...(def?.flags ?? []).map((f) => `--${f.name}`),
      ...(def?.subcommands
        ? Object.values(def.subcommands)
            .flat()
            .map((f) => `--${f.name}`)
        : []),
    ];
  }
  if (!command) return Object.keys(COMMANDS);
  const def = COMMANDS[command];
  if (def?.subcommands && positional.length === 1) return Object.keys(def.subcommands);
  const namespace = namespaceFrom(words, session.context.namespace);
  if (TYPE_COMMANDS.has(command)) {
    if (positional.length === 1) {
      if (current.includes('/')) {
        const type = current.slice(0, current.indexOf('/'));
        return namesOf(session, type, namespace).map((n) => `${type}/${n}`);
      }
      return [...COMMON_TYPES, ...listableTypes().map((r) => r.resource)];
    }
    return namesOf(session, positional[1], namespace);
  }
  if (command === 'exec' || command === 'logs') return namesOf(session, 'pods', namespace);
  return [];
}

/** Completion candidates for the word under the cursor, and where that word starts. */
export function completeShellLine(session: ShellSession, lineUpToCursor: string): CompletionResult {
  try {
    const text = typeof lineUpToCursor === 'string' ? lineUpToCursor : '';
    const { tokens } = tokenizeShell(text);
    const endsWithSpace = text === '' || isShellBlank(text[text.length - 1]);
    const lastPipe = tokens.map((t) => t.kind).lastIndexOf('op');
    const segment = tokens.slice(lastPipe + 1);
    const current = endsWithSpace ? '' : (segment[segment.length - 1]?.text ?? '');
    const replaceFrom = endsWithSpace ? text.length : (segment[segment.length - 1]?.start ?? text.length);
    const words = segment.map((t) => t.text).slice(0, endsWithSpace ? undefined : -1);
    let pool: string[];
    if (words.length === 0) pool = SHELL_COMMANDS;
    else if (words[0] === 'kubectl' || words[0] === 'k') pool = kubectlCandidates(session, words.slice(1), current);
    else if (words[0] === 'cat') pool = Object.keys(session.files);
    else pool = [];
    return { replaceFrom, candidates: unique(pool.filter((c) => c.startsWith(current))) };
  } catch {
    return { replaceFrom: typeof lineUpToCursor === 'string' ? lineUpToCursor.length : 0, candidates: [] };
  }
}
