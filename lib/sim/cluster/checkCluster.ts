// Cross-object semantic checks, positioned on the learner's text.
import type { Diagnostic, ParsedObject } from '../types';
import { isRecord } from './objectUtils';
import { buildCluster, type BuiltCluster } from './buildCluster';
import { english } from '../messages/english';
import { msg } from '../messages';
import { createCheckContext, objectParams, sourceLocator, type CheckContext, type Locator } from './checkContext';
import { checkRoleRefs } from './checkRoleRefs';
import { checkNetworkPolicies } from './checkNetworkPolicies';
import { checkServiceAccounts, checkServices } from './checkWorkloads';
import { SYSTEM_NAMESPACES } from './namespaces';
import { builtinObjects } from './builtin';
import type { BuildNote } from './types';

/**
 * Cross-object warnings over parsed manifests (what a real cluster would accept but that does
 * not do what the learner probably means): bindings to missing roles or to a Role in another
 * namespace, NetworkPolicies selecting no pod or using named ports no pod has, Services
 * selecting no pod, pods using a missing ServiceAccount, namespaces used but not declared,
 * duplicate objects. Each points at the field through the ParsedObject's sourceMap.
 * The objects live in a cluster that also holds the built-in ones (bootstrap ClusterRoles
 * such as `edit`, kube-system's ServiceAccounts: `./builtin.ts`) unless `builtins: false`;
 * only the given objects are checked.
 * Never throws; English `message`, the message itself in `text`, stable kebab-case `code`.
 */
export function checkCluster(parsed: ParsedObject[], options: { builtins?: boolean } = {}): Diagnostic[] {
  try {
    const list: readonly unknown[] = Array.isArray(parsed) ? parsed : [];
    const objects = list.map((item) => (isRecord(item) ? item.object : undefined));
    const extra = options?.builtins === false ? [] : builtinObjects(objects);
    const checked = objects.length;
    return buildCluster([...objects, ...extra], (built) => runChecks(built, sourceLocator(list), false, checked)).cluster.diagnostics.slice();
  } catch (error) {
    return [internalErrorDiagnostic(error)];
  }
}

/** What a simulator bug looks like to the learner (fuzz tests assert it never appears). */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  const text = msg('cluster.internalError', { detail });
  return {
    severity: 'warning',
    code: 'simulator-internal-error',
    message: english(text),
    text,
    line: 1,
    column: 1,
  };
}

/**
 * Runs every check on the input objects `checked` selects (the first N, or those whose input
 * index it accepts); `inputNotes` adds notes about ignored/unnamed input (createCluster only).
 */
export function runChecks(built: BuiltCluster, locate: Locator, inputNotes: boolean, checked: number | ((index: number) => boolean) = Infinity): Diagnostic[] {
  const { ctx, diagnostics } = createCheckContext(built.cluster, built.build, locate, checked);
  const isChecked = (index: number) => (typeof checked === 'number' ? index < checked : checked(index));
  for (const note of built.build.notes) {
    if (!isChecked(note.index)) continue;
    if (inputNotes || (note.code !== 'object-ignored' && note.code !== 'object-missing-name')) reportNote(ctx, note);
  }
  checkRoleRefs(ctx);
  checkNetworkPolicies(ctx);
  checkServices(ctx);
  checkServiceAccounts(ctx);
  checkNamespaces(ctx);
  return diagnostics;
}

/**
 * Info for each namespace that objects live in but that is not declared (reported once, at
 * the first object using it). A real API server rejects such objects (NamespaceLifecycle
 * admission); the simulator creates the namespace.
 */
function checkNamespaces(ctx: CheckContext): void {
  const seen = new Set<string>(SYSTEM_NAMESPACES);
  for (const entry of ctx.entries) {
    const ns = entry.object.metadata.namespace;
    if (typeof ns !== 'string' || seen.has(ns)) continue;
    seen.add(ns);
    if (ctx.cluster.namespaces.get(ns)?.implicit !== true) continue;
    ctx.report(entry, {
      severity: 'info',
      code: 'namespace-not-declared',
      path: 'metadata.namespace',
      text: msg('cluster.namespaceNotDeclared', { ns }),
    });
  }
}

type NoteWords =
  | {
      severity: Diagnostic['severity'];
      code: 'cluster.note.objectIgnored' | 'cluster.note.objectMissingName' | 'cluster.note.nameTooLong' | 'cluster.note.inputTruncated';
    }
  | { severity: Diagnostic['severity']; subject: 'cluster.note.duplicateObject' | 'cluster.note.replicasCapped' };

const NOTES: Record<BuildNote['code'], NoteWords> = {
  'object-ignored': { severity: 'warning', code: 'cluster.note.objectIgnored' },
  'object-missing-name': { severity: 'warning', code: 'cluster.note.objectMissingName' },
  'object-name-too-long': { severity: 'warning', code: 'cluster.note.nameTooLong' },
  'duplicate-object': { severity: 'warning', subject: 'cluster.note.duplicateObject' },
  'workload-replicas-capped': { severity: 'info', subject: 'cluster.note.replicasCapped' },
  'input-truncated': { severity: 'warning', code: 'cluster.note.inputTruncated' },
};

function reportNote(ctx: CheckContext, note: BuildNote): void {
  const words = NOTES[note.code];
  const path =
    note.code === 'workload-replicas-capped'
      ? 'spec.replicas'
      : note.code === 'duplicate-object' || note.code === 'object-name-too-long'
        ? 'metadata.name'
        : '';
  const text = 'subject' in words ? msg(words.subject, note.object ? objectParams(note.object) : { kind: undefined, object: undefined }) : msg(words.code, {});
  ctx.report(note.index, { severity: words.severity, code: note.code, path, text });
}
