// Cross-object semantic checks, positioned on the learner's text.
import type { Diagnostic, ParsedObject } from '../types';
import { isRecord } from './objectUtils';
import { buildCluster, type BuiltCluster } from './buildCluster';
import { createCheckContext, esLabel, objectLabel, sourceLocator, type CheckContext, type Locator } from './checkContext';
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
 * Never throws; English `message`, Spanish `messageEs`, stable kebab-case `code`.
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
  return {
    severity: 'warning',
    code: 'simulator-internal-error',
    message: `The simulator could not check these objects (internal error: ${detail}). Please report it.`,
    messageEs: `El simulador no pudo revisar estos objetos (error interno: ${detail}). Por favor, reportalo.`,
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
      en: `Namespace ${ns} is not declared. The simulator creates it, but a real cluster rejects objects in a missing namespace: add a Namespace manifest or run kubectl create namespace ${ns} first.`,
      es: `El namespace ${ns} no está declarado. El simulador lo crea, pero un cluster real rechaza objetos en un namespace que no existe: agregá un manifiesto Namespace o corré kubectl create namespace ${ns} antes.`,
    });
  }
}

const NOTE_TEXT: Record<BuildNote['code'], { severity: Diagnostic['severity']; en: string; es: string }> = {
  'object-ignored': { severity: 'warning', en: 'This document is not a Kubernetes object (no kind): it was ignored.', es: 'Este documento no es un objeto de Kubernetes (no tiene kind): se ignoró.' },
  'object-missing-name': { severity: 'warning', en: 'This object has no metadata.name (nor generateName): it was ignored.', es: 'Este objeto no tiene metadata.name (ni generateName): se ignoró.' },
  'object-name-too-long': { severity: 'warning', en: 'The API server rejects a name longer than 253 characters: the simulator leaves this object out (no pods are created for it).', es: 'El API server rechaza un nombre de más de 253 caracteres: el simulador deja este objeto afuera (no crea pods para él).' },
  'duplicate-object': { severity: 'warning', en: 'is declared again later; the later one replaces this one, as a second kubectl apply would.', es: 'se declara de nuevo más adelante; el último reemplaza a este, como haría un segundo kubectl apply.' },
  'workload-replicas-capped': { severity: 'info', en: 'asks for more than 1000 pods; the simulator creates the first 1000.', es: 'pide más de 1000 pods; el simulador crea los primeros 1000.' },
  'input-truncated': { severity: 'warning', en: 'The input is too large; the simulator read only part of it.', es: 'La entrada es demasiado grande; el simulador leyó solo una parte.' },
};

function reportNote(ctx: CheckContext, note: BuildNote): void {
  const text = NOTE_TEXT[note.code];
  const subject = note.object !== undefined && (note.code === 'duplicate-object' || note.code === 'workload-replicas-capped');
  const path = note.code === 'workload-replicas-capped' ? 'spec.replicas' : note.code === 'duplicate-object' || note.code === 'object-name-too-long' ? 'metadata.name' : '';
  ctx.report(note.index, {
    severity: text.severity,
    code: note.code,
    path,
    en: subject && note.object ? `${objectLabel(note.object)} ${text.en}` : text.en,
    es: subject && note.object ? `${esLabel(note.object)} ${text.es}` : text.es,
  });
}
