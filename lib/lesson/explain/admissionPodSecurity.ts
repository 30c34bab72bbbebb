// The PodSecurity part of an admission explanation: the namespace label or the pod field to change.
// Labels: https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
import { violationDetail, violationReason } from '../words';
import { evaluatePodSecurity, type Lang, type PodSecurityLevel } from '../../sim';
import type { GoalContext } from '../goals';
import { ObjectIndex } from '../objectIndex';
import type { AdmissionCase, Candidate } from './admission';
import { pointTo } from './pointer';

const PREFIX = 'pod-security.kubernetes.io/';
const LEVELS: PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];

function nsOf(object: Record<string, unknown>): string {
  const meta = object.metadata as { namespace?: unknown } | undefined;
  return typeof meta?.namespace === 'string' ? meta.namespace : 'default';
}

/** The strictest level this pod meets, and the first level it breaks (with the first violation). */
function levelsFor(object: unknown): { meets: PodSecurityLevel; breaks?: { level: PodSecurityLevel; reason: (l: Lang) => string } } {
  let meets: PodSecurityLevel = 'privileged';
  for (const level of LEVELS.slice(1)) {
    const v = evaluatePodSecurity(object, level, 'latest');
    if (!v.allowed) {
      const first = v.violations[0];
      return { meets, breaks: { level, reason: (l: Lang) => `${violationReason(first, l)} (${violationDetail(first, l)})` } };
    }
    meets = level;
  }
  return { meets };
}

/** Where PodSecurity could have stopped (or did stop) the pod, as candidates for the fix. */
export function podSecurityCandidates(ctx: GoalContext, c: AdmissionCase): Candidate[] {
  if (c.object.kind !== 'Pod') return [];
  const step = c.verdict.steps.find((s) => s.plugin === 'PodSecurity');
  if (!step || step.outcome === 'skipped') return [];
  const ns = nsOf(c.object);
  const labels = (ctx.index.find(`Namespace/${ns}`)?.object.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {};
  const enforce = labels[`${PREFIX}enforce`];
  const invalid = enforce !== undefined && !LEVELS.includes(enforce as PodSecurityLevel);
  const atLabel = (mode: string) => pointTo(ctx, 'Namespace', undefined, ns, `metadata.labels["${PREFIX}${mode}"]`);
  const { meets, breaks } = levelsFor(c.object);
  const current = (l: Lang) =>
    enforce === undefined
      ? l === 'es'
        ? `el namespace ${ns} no tiene la etiqueta \`${PREFIX}enforce\` (vale privileged)`
        : `namespace ${ns} has no \`${PREFIX}enforce\` label (privileged applies)`
      : invalid
        ? l === 'es'
          ? `\`${PREFIX}enforce: ${enforce}\` en ${ns} no es un nivel válido (son privileged, baseline, restricted, en minúsculas)`
          : `\`${PREFIX}enforce: ${enforce}\` on ${ns} is not a valid level (privileged, baseline, restricted, lowercase)`
        : l === 'es'
          ? `PodSecurity aplica enforce \`${enforce}\` en ${ns}`
          : `PodSecurity enforces \`${enforce}\` in ${ns}`;
  if (step.outcome === 'denied') return deniedCandidates(ctx, c, ns, meets, current, atLabel);
  if (c.expect === 'warn') {
    return [
      {
        fact: current,
        source: atLabel('warn'),
        action: (l) =>
          l === 'es'
            ? `agregá \`${PREFIX}warn: restricted\` a ${ns} para que avise sin rechazar`
            : `add \`${PREFIX}warn: restricted\` to ${ns} so it warns without rejecting`,
      },
    ];
  }
  if (!breaks) return [];
  return [
    {
      fact: (l) =>
        `${current(l)}; ${l === 'es' ? `este pod no cumple ${breaks.level}: ${breaks.reason(l)}` : `this pod breaks ${breaks.level}: ${breaks.reason(l)}`}`,
      source: atLabel('enforce'),
      action: (l) =>
        l === 'es' ? `poné \`${PREFIX}enforce: ${breaks.level}\` en el Namespace ${ns}` : `set \`${PREFIX}enforce: ${breaks.level}\` on Namespace ${ns}`,
    },
  ];
}

function deniedCandidates(
  ctx: GoalContext,
  c: AdmissionCase,
  ns: string,
  meets: PodSecurityLevel,
  current: (l: Lang) => string,
  atLabel: (mode: string) => ReturnType<typeof pointTo>,
): Candidate[] {
  const meta = c.object.metadata as { name?: unknown } | undefined;
  const found = ctx.index.find(`Pod/${ns}/${String(meta?.name ?? '')}`);
  const labels = (ctx.index.find(`Namespace/${ns}`)?.object.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {};
  const level = (labels[`${PREFIX}enforce`] ?? 'restricted') as PodSecurityLevel;
  const verdict = evaluatePodSecurity(c.object, LEVELS.includes(level) ? level : 'restricted', labels[`${PREFIX}enforce-version`] ?? 'latest');
  const first = verdict.violations[0];
  const out: Candidate[] = [];
  if (first && found) {
    const rest = verdict.violations.length - 1;
    out.push({
      fact: (l) => `${current(l)}: ${violationReason(first, l)}`,
      source: ObjectIndex.fieldSource(found, first.paths[0]),
      action: (l) => {
        const all = verdict.violations.map((v) => violationDetail(v, l)).filter(Boolean);
        const more = rest > 0 ? (l === 'es' ? ` (${rest} control(es) más)` : ` (${rest} more check(s))`) : '';
        return (l === 'es' ? `en el pod: ${all.join('; ')}` : `in the pod: ${all.join('; ')}`) + more;
      },
    });
  }
  out.push({
    fact: current,
    source: atLabel('enforce'),
    action: (l) =>
      l === 'es'
        ? `si este pod tiene que entrar, el enforce de ${ns} debe ser un nivel que cumpla (\`${meets}\`); el nivel más estricto puede ir en \`${PREFIX}warn\``
        : `if this pod must be admitted, the enforce level of ${ns} must be one it meets (\`${meets}\`); the stricter level can go in \`${PREFIX}warn\``,
  });
  return out;
}
