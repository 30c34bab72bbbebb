// `can` with `exclusive: true`: the subject may do it, and the learner's bindings give it to no
// one else. Every subject of a binding gets everything the binding's role grants
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding):
// one extra subject (`ServiceAccount kube-system/default`, `Group system:nodes`, `User ana`) hands
// the permission to every identity it matches, which no deny goal naming one identity can see.
import { whoCan, type Cluster, type SubjectGrant } from '../sim';
import { msg } from './messages';
import { ObjectIndex } from './objectIndex';
import type { CanQuestion, LessonMessage, SourcePointer } from './types';
import { accessRequestOf } from './identity';

export interface OtherGrantee {
  subject: string;
  binding: string;
  source?: SourcePointer;
}

/** Does this binding subject name exactly this user (a User, or the ServiceAccount behind a `system:serviceaccount:` name)? */
function isTheUser(subject: SubjectGrant['subject'], user: string): boolean {
  if (subject.kind === 'User') return subject.name === user;
  if (subject.kind === 'ServiceAccount') return `system:serviceaccount:${subject.namespace ?? ''}:${subject.name}` === user;
  return false;
}

/** `subjects[i]` of the binding that names this subject, for the learner's cursor. */
function subjectPath(binding: unknown, subject: SubjectGrant['subject']): string | undefined {
  const subjects = (binding as { subjects?: unknown }).subjects;
  if (!Array.isArray(subjects)) return undefined;
  const i = subjects.findIndex(
    (s: { kind?: unknown; name?: unknown; namespace?: unknown } | null) =>
      Boolean(s) && s!.kind === subject.kind && s!.name === subject.name && (subject.kind !== 'ServiceAccount' || s!.namespace === subject.namespace),
  );
  return i < 0 ? undefined : `subjects[${i}]`;
}

function subjectWords(subject: SubjectGrant['subject']): string {
  return subject.kind === 'ServiceAccount' ? `ServiceAccount ${subject.namespace ?? ''}/${subject.name}` : `${subject.kind} ${subject.name}`;
}

/**
 * The subjects other than `user` that the learner's own bindings (objects of the editable files)
 * let do what the question asks. Grants from the world and the bootstrap policy are not the
 * learner's to change and are not counted.
 */
export function otherGrantees(cluster: Cluster, question: CanQuestion, user: string, index: ObjectIndex, editable: readonly string[]): OtherGrantee[] {
  const request = accessRequestOf({ ...question, as: user });
  const attributes = request.resourceAttributes ?? request.nonResourceAttributes;
  if (!attributes) return [];
  const out: OtherGrantee[] = [];
  for (const grant of whoCan(cluster, attributes)) {
    if (grant.via !== 'binding' || !grant.binding || isTheUser(grant.subject, user)) continue;
    const found = index.entry(grant.binding.kind, grant.binding.namespace, grant.binding.name);
    if (!found || !editable.includes(found.source.file)) continue;
    const source = ObjectIndex.fieldSource(found, subjectPath(found.object, grant.subject));
    const binding = `${grant.binding.kind} ${grant.binding.namespace ? `${grant.binding.namespace}/` : ''}${grant.binding.name}`;
    out.push({ subject: subjectWords(grant.subject), binding, source });
  }
  return out;
}

/** The failing verdict's words: who else gets it, through which binding, and what to change. */
export function exclusiveFailure(others: OtherGrantee[], user: string): { explanation: LessonMessage; fix: LessonMessage; source?: SourcePointer } {
  const [first] = others;
  const subjects = [...new Set(others.map((o) => o.subject))];
  return {
    explanation: msg('goal.exclusiveOthers', { user, subjects, binding: first.binding }),
    fix: msg('goal.exclusiveOthersFix', { subjects, binding: first.binding }),
    source: first.source,
  };
}
