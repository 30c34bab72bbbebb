/**
 * Which names the brief fixes. A learner may name freely everything the exercise does not name:
 * a name is fixed when a goal, the title or description (in `code`, either language), the world,
 * or the start files use it. Kind-aware where the use says the kind (`system:serviceaccount:ns:n`
 * is a ServiceAccount, `Kind/ns/name` that kind, a goal's `ns/name` pod or service a workload or
 * Service); any other mention fixes the name for every kind.
 */
import { RESOURCES, splitServiceAccountUser } from '../../../sim';
import type { ExerciseDefinition } from '../../types';
import { asArray, asObj, isObj, kindOf, nameOf, POD_KINDS, str } from '../objects';

export class FixedNames {
  private readonly keys = new Set<string>();

  add(kind: string, name: string): void {
    this.keys.add(`${kind}:${name}`);
  }

  has(kind: string, name: string): boolean {
    return this.keys.has(`${kind}:${name}`) || this.keys.has(`*:${name}`);
  }

  /** Classify one mentioned string. */
  mention(text: string): void {
    const sa = splitServiceAccountUser(text);
    if (sa) return this.add('ServiceAccount', sa.name);
    const typed = /^([A-Z][A-Za-z]+)\/(?:[^/]+\/)?([^/]+)$/.exec(text);
    if (typed) return this.add(typed[1], typed[2]);
    const nsName = /^[a-z0-9.-]+\/([a-z0-9.-]+)$/.exec(text);
    if (nsName) {
      for (const kind of [...POD_KINDS, 'Service']) this.add(kind, nsName[1]);
      return;
    }
    this.add('*', text);
  }
}

/** The kind a request's resource names (`deployments` → Deployment), when the simulator knows it. */
function kindOfResource(resource: string): string | undefined {
  return RESOURCES.find((r) => r.resource === resource)?.kind;
}

/**
 * What a goal mentions: a request's `name` with its `resource` fixes that kind's name only
 * (`{ resource: deployments, name: api }` fixes Deployment api, not a Role api); every other
 * string is classified by its shape.
 */
function goalMentions(value: unknown, fixed: FixedNames): void {
  if (Array.isArray(value)) return value.forEach((v) => goalMentions(v, fixed));
  if (!isObj(value)) return typeof value === 'string' ? fixed.mention(value) : undefined;
  const kind = typeof value.resource === 'string' ? kindOfResource(value.resource) : undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'name' && kind && typeof child === 'string') fixed.add(kind, child);
    else goalMentions(child, fixed);
  }
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].flatMap((m) => [m[1], ...m[1].split(/[\s,]+/)]).filter(Boolean);
}

/** Names an object (world or start file) gives or refers to. */
function objectMentions(o: unknown, fixed: FixedNames): void {
  fixed.add(kindOf(o), nameOf(o));
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, key));
    if (!isObj(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'serviceAccountName' || k === 'serviceAccount') && typeof v === 'string') fixed.add('ServiceAccount', v);
      else if (k === 'policyName' && typeof v === 'string') fixed.add('*', v);
      else if (k === 'resourceNames') asArray(v).forEach((n) => fixed.add('*', String(n)));
      else if ((k === 'roleRef' || key === 'subjects') && isObj(v)) fixed.add(str(v.kind) ?? '*', str(v.name) ?? '');
      else if (['configMap', 'configMapRef', 'configMapKeyRef'].includes(k) && isObj(v)) fixed.add('ConfigMap', str(v.name) ?? '');
      else if (['secretRef', 'secretKeyRef'].includes(k) && isObj(v)) fixed.add('Secret', str(v.name) ?? '');
      else if (k === 'secret' && isObj(v)) fixed.add('Secret', str(v.secretName) ?? str(v.name) ?? '');
      if (k === 'subjects')
        asArray(v)
          .map(asObj)
          .forEach((s) => fixed.add(str(s.kind) ?? '*', str(s.name) ?? ''));
      visit(v, k);
    }
  };
  visit(o, '');
}

export function fixedNames(exercise: ExerciseDefinition, world: unknown[], start: unknown[]): FixedNames {
  const fixed = new FixedNames();
  for (const goal of exercise.goals) {
    goalMentions((goal as unknown as Record<string, unknown>)[goal.kind], fixed);
  }
  for (const text of [exercise.title.en, exercise.title.es, exercise.description.en, exercise.description.es]) codeSpans(text).forEach((s) => fixed.mention(s));
  for (const o of [...world, ...start]) objectMentions(o, fixed);
  return fixed;
}
