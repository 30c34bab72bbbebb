// Admission goals: one sentence naming the check, the field and the value; the full trace one
// click away; a fix and a pointer to the binding, webhook, validation or namespace label to change.
// Order of the phases: https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/
import { describeAdmission, type AdmissionStep, type AdmissionVerdict } from '../../sim';
import { verbatim } from '../../sim/messages';
import type { GoalContext } from '../goals';
import { msg } from '../messages';
import type { LessonMessage, SourcePointer } from '../types';
import { podSecurityCandidates } from './admissionPodSecurity';
import { firstEditableFile, isEditable, pointTo, preferEditable } from './pointer';
import type { Explained } from './types';

export interface Candidate {
  fact: LessonMessage;
  action: LessonMessage;
  source?: SourcePointer;
}

export interface AdmissionCase {
  expect: 'allow' | 'deny' | 'warn';
  verdict: AdmissionVerdict;
  /** The object put through admission and where it is. */
  object: Record<string, unknown>;
  objectSource?: SourcePointer;
  /** Set when the object was admitted but a field is not what the goal wants. */
  mismatch?: LessonMessage;
}

/** A step's own words (the simulator's message). */
const stepText = (s: AdmissionStep) => s.text ?? verbatim(s.message ?? '');

function policyOf(step: AdmissionStep): string {
  return /^ValidatingAdmissionPolicy\/(\S+)/.exec(step.by)?.[1] ?? step.source?.name ?? '';
}

const MATCH_FIELD: Record<string, string> = {
  namespaceSelector: 'namespaceSelector',
  objectSelector: 'objectSelector',
  rules: 'resourceRules',
  excludeResourceRules: 'excludeResourceRules',
};

/** What a step says about why a policy or webhook did not stop (or did stop) the request. */
function stepCandidate(ctx: GoalContext, s: AdmissionStep): Candidate | undefined {
  if (s.plugin === 'ValidatingAdmissionPolicy') return vapCandidate(ctx, s);
  if (s.plugin === 'MutatingAdmissionWebhook' || s.plugin === 'ValidatingAdmissionWebhook') return webhookCandidate(ctx, s);
  return undefined;
}

function vapCandidate(ctx: GoalContext, s: AdmissionStep): Candidate | undefined {
  const policy = policyOf(s);
  const binding = s.source?.binding ?? (s.source?.kind === 'ValidatingAdmissionPolicyBinding' ? s.source.name : undefined);
  const atBinding = (path: string) => (binding ? pointTo(ctx, 'ValidatingAdmissionPolicyBinding', undefined, binding, path) : undefined);
  const atPolicy = (path: string) => pointTo(ctx, 'ValidatingAdmissionPolicy', undefined, policy, path);
  const fact = msg('explain.admission.vapFact', { policy, binding, step: stepText(s) });
  switch (s.outcome) {
    case 'warned':
    case 'audited':
      return {
        fact,
        source: atBinding('spec.validationActions'),
        action: msg('explain.admission.vapWarned', { binding: binding ?? '' }),
      };
    case 'not-matched': {
      const field =
        s.failedCriterion === 'matchConditions'
          ? 'spec.matchConditions'
          : s.source?.kind === 'ValidatingAdmissionPolicy'
            ? `spec.matchConstraints.${MATCH_FIELD[s.failedCriterion ?? ''] ?? ''}`
            : `spec.matchResources.${MATCH_FIELD[s.failedCriterion ?? ''] ?? ''}`;
      const source = s.failedCriterion === 'matchConditions' || s.source?.kind === 'ValidatingAdmissionPolicy' ? atPolicy(field) : atBinding(field);
      return {
        fact,
        source,
        action: msg('explain.admission.cover', { field: field.replace(/\.$/, '') }),
      };
    }
    case 'skipped':
      return {
        fact,
        source: atPolicy('metadata.name'),
        action: msg('explain.admission.vapSkipped', { policy }),
      };
    case 'allowed':
      return {
        fact,
        source: atPolicy('spec.validations'),
        action: msg('explain.admission.vapAllowed', { policy }),
      };
    case 'error-ignored':
      return {
        fact,
        source: atPolicy('spec.failurePolicy'),
        action: msg('explain.admission.vapErrorIgnored', {}),
      };
    case 'denied': {
      const index = s.source?.index ?? 0;
      return {
        fact,
        source: preferEditable(ctx, [atPolicy(`spec.validations[${index}].expression`), atBinding('spec.matchResources')]),
        action: msg('explain.admission.vapDenied', { number: index + 1, policy }),
      };
    }
    default:
      return undefined;
  }
}

function webhookCandidate(ctx: GoalContext, s: AdmissionStep): Candidate | undefined {
  const src = s.source;
  if (!src || src.index === undefined) return undefined;
  const base = `webhooks[${src.index}]`;
  const at = (path: string) => pointTo(ctx, src.kind, undefined, src.name, path);
  const fact = msg('explain.admission.webhookFact', {
    kind: src.kind,
    name: src.name,
    webhook: String(src.webhook ?? (src.index ?? 0) + 1),
    step: stepText(s),
  });
  if (s.outcome === 'error-ignored') {
    return {
      fact,
      source: at(`${base}.failurePolicy`),
      action: msg('explain.admission.webhookErrorIgnored', { base }),
    };
  }
  if (s.outcome === 'not-matched' && s.failedCriterion) {
    const field = `${base}.${s.failedCriterion}`;
    return {
      fact,
      source: at(field),
      action: msg('explain.admission.webhookCover', { field, criterion: msg(criterionCode(s.failedCriterion), {}) }),
    };
  }
  if (s.outcome === 'denied') {
    return {
      fact,
      source: at(base),
      action: msg('explain.admission.webhookDenied', { base }),
    };
  }
  return undefined;
}

function candidatesFor(ctx: GoalContext, c: AdmissionCase): Candidate[] {
  const steps = c.verdict.steps ?? [];
  const out: Candidate[] = [];
  const wanted: AdmissionStep['outcome'][] = c.verdict.allowed
    ? c.mismatch
      ? ['not-matched', 'error-ignored', 'skipped']
      : ['warned', 'audited', 'not-matched', 'skipped', 'error-ignored', 'allowed']
    : ['denied'];
  for (const s of steps) {
    if (c.mismatch && s.phase !== 'mutating') continue;
    if (!wanted.includes(s.outcome)) continue;
    const candidate = s.plugin === 'PodSecurity' ? undefined : stepCandidate(ctx, s);
    if (candidate) out.push(candidate);
  }
  if (!c.mismatch) {
    // PodSecurity is a way to reject, but only the cause when nothing else is, or when the namespace is the learner's.
    const ps = podSecurityCandidates(ctx, c);
    out.push(...(out.length === 0 ? ps : ps.filter((x) => isEditable(ctx, x.source))));
  }
  if (c.verdict.allowed && c.expect === 'deny' && !c.mismatch) out.unshift(...mutatedThrough(ctx, c));
  if (!c.verdict.allowed && c.expect !== 'deny') {
    // A rejection caused downstream of a mutating webhook that did not run (the image-cloner case).
    for (const s of steps)
      if (s.phase === 'mutating' && (s.outcome === 'not-matched' || s.outcome === 'error-ignored')) {
        const candidate = webhookCandidate(ctx, s);
        if (candidate) out.push(candidate);
      }
  }
  return [...out.filter((x) => isEditable(ctx, x.source)), ...out.filter((x) => !isEditable(ctx, x.source))];
}

/**
 * Admitted although it should be denied, after a mutating webhook of the learner's changed it:
 * mutating admission runs before validating admission, so the validation judged the changed
 * object (https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#what-are-they).
 */
function mutatedThrough(ctx: GoalContext, c: AdmissionCase): Candidate[] {
  const namespace = String((c.object.metadata as { namespace?: unknown } | undefined)?.namespace ?? 'default');
  return c.verdict.steps
    .filter((s) => s.phase === 'mutating' && s.outcome === 'mutated' && s.source?.index !== undefined)
    .map((s) => {
      const src = s.source!;
      const base = `webhooks[${src.index}]`;
      const fact = msg('explain.admission.webhookFact', {
        kind: src.kind,
        name: src.name,
        webhook: String(src.webhook ?? (src.index ?? 0) + 1),
        step: stepText(s),
      });
      return { fact, source: pointTo(ctx, src.kind, undefined, src.name, base), action: msg('explain.admission.webhookMutatedThrough', { base, namespace }) };
    })
    .filter((x) => isEditable(ctx, x.source));
}

/** One sentence: the outcome and the step that decided it. */
function summaryOf(c: AdmissionCase, top: Candidate | undefined): LessonMessage {
  const v = c.verdict;
  if (!v.allowed) {
    const denied = v.steps.find((s) => s.outcome === 'denied');
    const by = denied && denied.by !== 'PodSecurity' ? denied.by : undefined;
    return msg('explain.admission.denied', { code: v.code ? String(v.code) : undefined, by, denial: v.text ?? verbatim(v.message ?? '') });
  }
  const warnings = v.warnings.length;
  if (c.mismatch) return msg('explain.admission.admittedBut', { warnings, mismatch: c.mismatch });
  return top ? msg('explain.admission.admittedBy', { warnings, fact: top.fact }) : msg('explain.admission.admitted', { warnings });
}

/** No object of the learner's files takes part: say what should be written there. */
function nothingActs(c: AdmissionCase, top: Candidate | undefined): LessonMessage {
  return msg(c.expect === 'deny' ? 'explain.admission.nothingDenies' : 'explain.admission.nothingAdmits', { fact: top?.fact });
}

/** The webhook match criterion a request missed, in words. */
function criterionCode(criterion: string) {
  switch (criterion) {
    case 'namespaceSelector':
      return 'explain.criterion.namespaceSelector' as const;
    case 'objectSelector':
      return 'explain.criterion.objectSelector' as const;
    case 'matchConditions':
      return 'explain.criterion.matchConditions' as const;
    case 'excludeResourceRules':
      return 'explain.criterion.excludeResourceRules' as const;
    default:
      return 'explain.criterion.rules' as const;
  }
}

/** A failing admission goal: summary sentence, fix, pointer and full trace. */
export function explainAdmission(ctx: GoalContext, c: AdmissionCase): Explained {
  const candidates = candidatesFor(ctx, c);
  const top = candidates[0];
  const rest = candidates
    .slice(1)
    .filter((x) => isEditable(ctx, x.source))
    .slice(0, 2);
  return {
    summary: summaryOf(c, top),
    trace: describeAdmission(c.verdict),
    fix: top && isEditable(ctx, top.source) ? msg('explain.admission.fix', { action: top.action, also: rest.map((r) => r.action) }) : nothingActs(c, top),
    source: preferEditable(ctx, [...candidates.map((x) => x.source), isEditable(ctx, c.objectSource) ? c.objectSource : undefined, firstEditableFile(ctx)]),
  };
}
