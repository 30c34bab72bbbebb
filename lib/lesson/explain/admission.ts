// Admission goals: one sentence naming the check, the field and the value; the full trace one
// click away; a fix and a pointer to the binding, webhook, validation or namespace label to change.
// Order of the phases: https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/
import { render } from '../../i18n/messages';
import { describeAdmission, type AdmissionStep, type AdmissionVerdict, type Lang, type LocalizedText } from '../../sim';
import type { GoalContext } from '../goals';
import type { SourcePointer } from '../types';
import { both } from '../words';
import { podSecurityCandidates } from './admissionPodSecurity';
import { firstEditableFile, isEditable, pointTo, preferEditable } from './pointer';
import type { Explained } from './types';
import { sentence } from './words';

export interface Candidate {
  fact: (l: Lang) => string;
  action: (l: Lang) => string;
  source?: SourcePointer;
}

export interface AdmissionCase {
  expect: 'allow' | 'deny' | 'warn';
  verdict: AdmissionVerdict;
  /** The object put through admission and where it is. */
  object: Record<string, unknown>;
  objectSource?: SourcePointer;
  /** Set when the object was admitted but a field is not what the goal wants. */
  mismatch?: LocalizedText;
}

const msg = (s: AdmissionStep, l: Lang) => render(l, s.text);

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
  const fact = (l: Lang) => `ValidatingAdmissionPolicy ${policy}${binding ? ` (binding ${binding})` : ''}: ${msg(s, l)}`;
  switch (s.outcome) {
    case 'warned':
    case 'audited':
      return {
        fact,
        source: atBinding('spec.validationActions'),
        action: (l) =>
          l === 'es'
            ? `poné \`validationActions: [Deny]\` en el ValidatingAdmissionPolicyBinding ${binding}: Warn y Audit no rechazan`
            : `set \`validationActions: [Deny]\` in ValidatingAdmissionPolicyBinding ${binding}: Warn and Audit never reject`,
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
        action: (l) =>
          l === 'es' ? `hacé que \`${field.replace(/\.$/, '')}\` cubra esta solicitud` : `make \`${field.replace(/\.$/, '')}\` cover this request`,
      };
    }
    case 'skipped':
      return {
        fact,
        source: atPolicy('metadata.name'),
        action: (l) =>
          l === 'es'
            ? `agregá un ValidatingAdmissionPolicyBinding con \`policyName: ${policy}\` y \`validationActions: [Deny]\` (o corregí lo que el API server rechazaría)`
            : `add a ValidatingAdmissionPolicyBinding with \`policyName: ${policy}\` and \`validationActions: [Deny]\` (or fix what the API server would refuse)`,
      };
    case 'allowed':
      return {
        fact,
        source: atPolicy('spec.validations'),
        action: (l) =>
          l === 'es'
            ? `hacé que una validación de ${policy} dé \`false\` para este objeto (mirá qué campos lee la expresión y qué valores tiene el objeto)`
            : `make a validation of ${policy} return \`false\` for this object (compare the fields the expression reads with the object's values)`,
      };
    case 'error-ignored':
      return {
        fact,
        source: atPolicy('spec.failurePolicy'),
        action: (l) =>
          l === 'es'
            ? `con \`failurePolicy: Ignore\` un error deja pasar la solicitud: usá \`Fail\` y protegé la expresión con \`has()\``
            : `with \`failurePolicy: Ignore\` an error lets the request through: use \`Fail\` and guard the expression with \`has()\``,
      };
    case 'denied': {
      const index = s.source?.index ?? 0;
      return {
        fact,
        source: preferEditable(ctx, [atPolicy(`spec.validations[${index}].expression`), atBinding('spec.matchResources')]),
        action: (l) =>
          l === 'es'
            ? `la validación ${index + 1} de ${policy} da \`false\` para este objeto: corregí la expresión para que lo acepte, o sacá este namespace u objeto del alcance del binding (\`matchResources\`)`
            : `validation ${index + 1} of ${policy} returns \`false\` for this object: correct the expression so it accepts it, or keep this namespace or object out of the binding's \`matchResources\``,
      };
    }
    default:
      return undefined;
  }
}

const CRITERION_WORDS: Record<string, { en: string; es: string }> = {
  rules: { en: 'API group, version, plural resource, operation', es: 'grupo de API, versión, recurso en plural, operación' },
  namespaceSelector: { en: "the namespace's labels", es: 'las etiquetas del namespace' },
  objectSelector: { en: "the object's labels", es: 'las etiquetas del objeto' },
  matchConditions: { en: 'its CEL conditions', es: 'sus condiciones CEL' },
  excludeResourceRules: { en: 'what it excludes', es: 'lo que excluye' },
};

function webhookCandidate(ctx: GoalContext, s: AdmissionStep): Candidate | undefined {
  const src = s.source;
  if (!src || src.index === undefined) return undefined;
  const base = `webhooks[${src.index}]`;
  const at = (path: string) => pointTo(ctx, src.kind, undefined, src.name, path);
  const fact = (l: Lang) => `${src.kind} ${src.name}, webhook ${src.webhook ?? (src.index ?? 0) + 1}: ${msg(s, l)}`;
  if (s.outcome === 'error-ignored') {
    return {
      fact,
      source: at(`${base}.failurePolicy`),
      action: (l) =>
        l === 'es'
          ? `con \`failurePolicy: Ignore\` un webhook caído deja pasar todo: usá \`failurePolicy: Fail\` en ${base}`
          : `with \`failurePolicy: Ignore\` a webhook that is down lets everything through: use \`failurePolicy: Fail\` in ${base}`,
    };
  }
  if (s.outcome === 'not-matched' && s.failedCriterion) {
    const field = `${base}.${s.failedCriterion}`;
    const what = CRITERION_WORDS[s.failedCriterion] ?? CRITERION_WORDS.rules;
    return {
      fact,
      source: at(field),
      action: (l) => (l === 'es' ? `hacé que \`${field}\` cubra esta solicitud (${what.es})` : `make \`${field}\` cover this request (${what.en})`),
    };
  }
  if (s.outcome === 'denied') {
    return {
      fact,
      source: at(base),
      action: (l) =>
        l === 'es'
          ? `el webhook rechaza el objeto: cambiá el objeto o dejalo fuera de \`${base}.rules\`/\`namespaceSelector\``
          : `the webhook rejects the object: change the object, or keep it out of \`${base}.rules\`/\`namespaceSelector\``,
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

/** The API server's denial without the repeated prefix (`pods "x" is forbidden: ... denied request:`). */
function shortDenial(message: string): string {
  const vap = /(?:denied request|rechazó la solicitud): ([\s\S]*)$/.exec(message);
  if (vap) return vap[1];
  const ps = /(?:violates|viola) PodSecurity "[^"]+": [\s\S]*$/.exec(message);
  return ps ? ps[0] : message;
}

/** One sentence: the outcome and the step that decided it. */
function summaryOf(c: AdmissionCase, top: Candidate | undefined, l: Lang): string {
  const es = l === 'es';
  const v = c.verdict;
  if (!v.allowed) {
    const denied = v.steps.find((s) => s.outcome === 'denied');
    return `${es ? 'Rechazado' : 'Denied'}${v.code ? ` (${v.code})` : ''}${denied && denied.by !== 'PodSecurity' ? ` ${es ? 'por' : 'by'} ${denied.by}` : ''}: ${shortDenial((v.text ? render(l, v.text) : v.message) ?? '')}`;
  }
  const head = v.warnings.length
    ? es
      ? `Admitido con ${v.warnings.length} advertencia(s)`
      : `Admitted with ${v.warnings.length} warning(s)`
    : es
      ? 'Admitido'
      : 'Admitted';
  if (c.mismatch) return `${head}. ${c.mismatch[l]}`;
  return top ? `${head}: ${top.fact(l)}` : `${head}.`;
}

/** No object of the learner's files takes part: say what should be written there. */
function nothingActs(c: AdmissionCase, top: Candidate | undefined, l: Lang): string {
  const es = l === 'es';
  const hint = top ? ` ${es ? 'Lo que decide hoy' : 'What decides today'}: ${top.fact(l)}.` : '';
  if (c.expect === 'deny') {
    return (
      (es
        ? 'Nada de tus archivos rechaza este objeto: escribí ahí lo que lo frene (una política con su binding en `Deny`, un webhook que se llame para este recurso, o las etiquetas de PodSecurity del namespace).'
        : "Nothing in your files rejects this object: write there what stops it (a policy with its binding on `Deny`, a webhook called for this resource, or the namespace's PodSecurity labels).") +
      hint
    );
  }
  return (
    (es
      ? 'Nada de tus archivos hace que este objeto se admita como pide el objetivo: escribí ahí el objeto que falta (webhook, política o namespace) o corregí el que lo rechaza.'
      : 'Nothing in your files makes this object admitted as the goal wants: write the missing object there (webhook, policy or namespace) or correct the one that rejects it.') +
    hint
  );
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
    summary: both((l) => summaryOf(c, top, l)),
    trace: both((l) => render(l, describeAdmission(c.verdict))),
    fix:
      top && isEditable(ctx, top.source)
        ? both((l) =>
            sentence(`${top.action(l)}${rest.length ? (l === 'es' ? '. Revisá también: ' : '. Also check: ') + rest.map((r) => r.action(l)).join('; ') : ''}.`),
          )
        : both((l) => nothingActs(c, top, l)),
    source: preferEditable(ctx, [...candidates.map((x) => x.source), isEditable(ctx, c.objectSource) ? c.objectSource : undefined, firstEditableFile(ctx)]),
  };
}
