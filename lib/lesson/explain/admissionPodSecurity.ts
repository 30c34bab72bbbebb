// The PodSecurity part of an admission explanation: the namespace label or the pod field to change.
// Labels: https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
import { violationDetail, violationDetails, violationReason } from '../words';
import { evaluatePodSecurity, type PodSecurityLevel } from '../../sim';
import { msg } from '../messages';
import type { LessonMessage } from '../types';
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
function levelsFor(object: unknown): { meets: PodSecurityLevel; breaks?: { level: PodSecurityLevel; reason: LessonMessage } } {
  let meets: PodSecurityLevel = 'privileged';
  for (const level of LEVELS.slice(1)) {
    const v = evaluatePodSecurity(object, level, 'latest');
    if (!v.allowed) {
      const first = v.violations[0];
      return { meets, breaks: { level, reason: msg('explain.podSecurity.reasonDetail', { reason: violationReason(first), detail: violationDetail(first) }) } };
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
  const current =
    enforce === undefined
      ? msg('explain.podSecurity.noEnforce', { namespace: ns })
      : msg(invalid ? 'explain.podSecurity.invalidEnforce' : 'explain.podSecurity.enforces', { level: enforce, namespace: ns });
  if (step.outcome === 'denied') return deniedCandidates(ctx, c, ns, meets, current, atLabel);
  if (c.expect === 'warn') {
    return [
      {
        fact: current,
        source: atLabel('warn'),
        action: msg('explain.podSecurity.addWarn', { namespace: ns }),
      },
    ];
  }
  if (!breaks) return [];
  const version = labels[`${PREFIX}enforce-version`];
  if (enforce === breaks.level && version !== undefined && version !== 'latest') {
    // The level is right; its version is an older, smaller one (https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces).
    return [
      {
        fact: msg('explain.podSecurity.oldVersion', { level: enforce, version, namespace: ns }),
        source: atLabel('enforce-version'),
        action: msg('explain.podSecurity.setLatest', { namespace: ns, version }),
      },
    ];
  }
  return [
    {
      fact: msg('explain.podSecurity.breaks', { current, level: breaks.level, reason: breaks.reason }),
      source: atLabel('enforce'),
      action: msg('explain.podSecurity.setEnforce', { level: breaks.level, namespace: ns }),
    },
  ];
}

function deniedCandidates(
  ctx: GoalContext,
  c: AdmissionCase,
  ns: string,
  meets: PodSecurityLevel,
  current: LessonMessage,
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
      fact: msg('explain.podSecurity.denied', { current, reason: violationReason(first) }),
      source: ObjectIndex.fieldSource(found, first.paths[0]),
      action: msg('explain.podSecurity.inPod', { details: violationDetails(verdict.violations), more: rest }),
    });
  }
  out.push({
    fact: current,
    source: atLabel('enforce'),
    action: msg('explain.podSecurity.enforceMeets', { namespace: ns, level: meets }),
  });
  return out;
}
