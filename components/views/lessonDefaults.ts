import type { ExerciseDefinition } from '@/lib/lesson';
import type { SubjectChoice, Vocabulary } from '@/lib/sim';

/** A goal's `as` (user name or `system:serviceaccount:ns:name`) as a subject. */
export function subjectOfUser(as: string): SubjectChoice {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  return sa ? { kind: 'ServiceAccount', name: sa[2], namespace: sa[1] } : { kind: 'User', name: as };
}

/** What an embedded view shows first, taken from the exercise's goals. */
export function lessonViewDefaults(exercise: ExerciseDefinition) {
  const traffic = exercise.goals.find((g) => g.kind === 'traffic');
  const can = exercise.goals.find((g) => (g.kind === 'can' && g.can.as) || (g.kind === 'leastPrivilege' && g.leastPrivilege.as));
  const admission = exercise.goals.find((g) => g.kind === 'admission');
  const attack = exercise.goals.find((g) => g.kind === 'noAttackPath');
  const canAs =
    can?.kind === 'can'
      ? { as: can.can.as ?? '', namespace: can.can.namespace }
      : can?.kind === 'leastPrivilege'
        ? { as: can.leastPrivilege.as ?? '', namespace: can.leastPrivilege.namespace }
        : undefined;
  return {
    port: traffic?.kind === 'traffic' ? String(traffic.traffic.port) : '',
    protocol: traffic?.kind === 'traffic' ? (traffic.traffic.protocol ?? '') : '',
    subject: canAs?.as ? subjectOfUser(canAs.as) : undefined,
    namespace: canAs?.namespace,
    admission: admission?.kind === 'admission' ? admission.admission : undefined,
    vocabulary: goalVocabulary(exercise),
    attackEntry: attack?.kind === 'noAttackPath' ? attack.noAttackPath.from : undefined,
  } as const;
}

/** Resources and verbs the exercise's `can` goals ask about, for the permission matrix. */
export function goalVocabulary(exercise: ExerciseDefinition): Vocabulary {
  const resources: [string, string][] = [];
  const verbs: string[] = [];
  for (const goal of exercise.goals) {
    if (goal.kind !== 'can' || !goal.can.resource) continue;
    resources.push([goal.can.group ?? '', goal.can.subresource ? `${goal.can.resource}/${goal.can.subresource}` : goal.can.resource]);
    verbs.push(goal.can.verb);
  }
  return { resources, verbs };
}
