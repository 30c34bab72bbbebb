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
    return [
      finding(
        'error',
        'missing-name',
        '',
        `This ${ctx.kind} has no \`metadata.name\`: every object needs a name.`,
        `Este ${ctx.kind} no tiene \`metadata.name\`: todo objeto necesita un nombre.`,
      ),
    ];
  }
  return [
    ...checkName(metadata, ctx),
    ...checkNamespace(metadata, ctx),
    ...validateLabels(metadata.labels, 'metadata.labels'),
    ...validateLabels(metadata.annotations, 'metadata.annotations', 'annotation'),
  ];
}

/** A name as the messages quote it: a very long one is cut, with its length (the learner sees the start). */
function shownName(name: string): string {
  return name.length <= 80 ? name : `${name.slice(0, 40)}… (${name.length} characters)`;
}

function checkName(metadata: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  const name = metadata.name;
  if (name === undefined || name === '') {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') {
      return [
        finding(
          'warning',
          'generate-name-with-apply',
          'metadata.generateName',
          '`generateName` works with `kubectl create`, but `kubectl apply` needs a fixed `metadata.name`.',
          '`generateName` funciona con `kubectl create`, pero `kubectl apply` necesita un `metadata.name` fijo.',
        ),
      ];
    }
    return [
      finding(
        'error',
        'missing-name',
        'metadata',
        `This ${ctx.kind} has no \`metadata.name\`: every object needs a name.`,
        `Este ${ctx.kind} no tiene \`metadata.name\`: todo objeto necesita un nombre.`,
      ),
    ];
  }
  if (typeof name !== 'string') return [];
  const problem = nameProblem(name, ctx.nameRule) ?? cronJobLength(name, ctx.kind);
  if (problem === null) return [];
  const guess = suggestName(name, ctx.nameRule);
  return [
    finding(
      'error',
      'invalid-name',
      'metadata.name',
      `\`${shownName(name)}\` is not a valid ${ctx.kind} name: it ${problem.en}.${guess !== undefined ? ` Try \`${shownName(guess)}\`.` : ''}`,
      `\`${shownName(name)}\` no es un nombre válido para un ${ctx.kind}: ${problem.es}.${guess !== undefined ? ` Probá con \`${shownName(guess)}\`.` : ''}`,
    ),
  ];
}

/** CronJob names are limited to 52 characters so that Job names (name + 11) stay valid. */
function cronJobLength(name: string, kind: string): { en: string; es: string } | null {
  if (kind !== 'CronJob' || name.length <= 52) return null;
  return { en: 'must be no more than 52 characters', es: 'no puede tener más de 52 caracteres' };
}

function checkNamespace(metadata: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  const ns = metadata.namespace;
  if (typeof ns !== 'string' || ns === '') return [];
  if (ctx.clusterScoped) {
    return [
      finding(
        'warning',
        'namespace-on-cluster-scoped',
        'metadata.namespace',
        `A ${ctx.kind} is cluster-scoped: \`metadata.namespace\` is ignored.`,
        `Un ${ctx.kind} no pertenece a ningún namespace: \`metadata.namespace\` se ignora.`,
      ),
    ];
  }
  const problem = nameProblem(ns, 'dns1123-label');
  if (problem === null) return [];
  return [
    finding(
      'error',
      'invalid-namespace',
      'metadata.namespace',
      `\`${shownName(ns)}\` is not a valid namespace name: it ${problem.en}.`,
      `\`${shownName(ns)}\` no es un nombre de namespace válido: ${problem.es}.`,
    ),
  ];
}
