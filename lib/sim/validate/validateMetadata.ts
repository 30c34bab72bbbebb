import { msg, type Message } from '../messages';
import type { Finding } from './finding';
import { finding } from './finding';
import { validateLabels } from './labelSelector';
import type { NameRule } from './names';
import { nameProblem, suggestName } from './names';
import { isRecord } from '../parse/paths';

export interface ObjectContext {
  kind: string;
  clusterScoped: boolean;
  nameRule: NameRule;
}

/**
 * metadata checks of the API server's ValidateObjectMeta: a name is required (or
 * generateName, which `kubectl apply` cannot use), the name follows the kind's rule, the
 * namespace is a DNS-1123 label, labels and annotation keys are well formed. A namespace on
 * a cluster-scoped object is dropped by the server (a warning here).
 */
export function validateMetadata(object: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  if (ctx.nameRule === 'none') return [];
  const metadata = object.metadata;
  if (!isRecord(metadata)) {
    if (metadata !== undefined) return [];
    return [finding('error', 'missing-name', '', msg('validate.missingName', { kind: ctx.kind }))];
  }
  return [
    ...checkName(metadata, ctx),
    ...checkNamespace(metadata, ctx),
    ...validateLabels(metadata.labels, 'metadata.labels'),
    ...validateLabels(metadata.annotations, 'metadata.annotations', 'annotation'),
  ];
}

/** A name as the messages quote it: a very long one is cut, with its length (the learner sees the start). */
function shownName(name: string): string | Message {
  return name.length <= 80 ? name : msg('validate.value.longName', { start: name.slice(0, 40), length: name.length });
}

function checkName(metadata: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  const name = metadata.name;
  if (name === undefined || name === '') {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') {
      return [finding('warning', 'generate-name-with-apply', 'metadata.generateName', msg('validate.generateNameWithApply', {}))];
    }
    return [finding('error', 'missing-name', 'metadata', msg('validate.missingName', { kind: ctx.kind }))];
  }
  if (typeof name !== 'string') return [];
  const problem = nameProblem(name, ctx.nameRule) ?? cronJobLength(name, ctx.kind);
  if (problem === null) return [];
  const guess = suggestName(name, ctx.nameRule);
  const text = msg('validate.invalidName', { name: shownName(name), kind: ctx.kind, problem, guess: guess !== undefined ? shownName(guess) : undefined });
  return [finding('error', 'invalid-name', 'metadata.name', text)];
}

/** CronJob names are limited to 52 characters so that Job names (name + 11) stay valid. */
function cronJobLength(name: string, kind: string): Message | null {
  if (kind !== 'CronJob' || name.length <= 52) return null;
  return msg('validate.name.tooLong', { max: 52 });
}

function checkNamespace(metadata: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  const ns = metadata.namespace;
  if (typeof ns !== 'string' || ns === '') return [];
  if (ctx.clusterScoped) {
    return [finding('warning', 'namespace-on-cluster-scoped', 'metadata.namespace', msg('validate.namespaceOnClusterScoped', { kind: ctx.kind }))];
  }
  const problem = nameProblem(ns, 'dns1123-label');
  if (problem === null) return [];
  return [finding('error', 'invalid-namespace', 'metadata.namespace', msg('validate.invalidNamespace', { name: shownName(ns), problem }))];
}
