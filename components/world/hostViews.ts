// Worker side: the traffic, permission and admission views' answers, from the page's world.
import { render } from '@/lib/i18n/messages';
import {
  actionDangers,
  admit,
  authorize,
  buildPermissionMatrix,
  buildWhoCan,
  describeAdmission,
  describeAuthorization,
  describeTraffic,
  evaluateTraffic,
  identityFor,
  knownSubjects,
  parseResourceText,
  suggestNamespace,
} from '@/lib/sim';
import type { Answers, Question } from './protocol';
import type { ViewWorld } from './host';
import { buildTrafficModel } from '../views/trafficModel';
import { packTrafficModel } from '../views/trafficPack';
import { admissionCandidates } from '../views/admissionModel';
import { questionDefaults } from '../playground/questionDefaults';

export type ViewQuestion = Extract<
  Question,
  { type: 'traffic' | 'explainTraffic' | 'subjects' | 'permissions' | 'whoCan' | 'admission' | 'canI' | 'questionDefaults' }
>;

const VIEW_TYPES = new Set(['traffic', 'explainTraffic', 'subjects', 'permissions', 'whoCan', 'admission', 'canI', 'questionDefaults']);

export function isViewQuestion(question: Question): question is ViewQuestion {
  return VIEW_TYPES.has(question.type);
}

export function answerView({ world, stale }: ViewWorld, q: ViewQuestion): Answers[ViewQuestion['type']] {
  const { cluster } = world;
  switch (q.type) {
    case 'traffic': {
      // Without a choice, pods every policy treats alike are combined above 40 pods.
      const combined = q.query.combine ?? cluster.pods.size > 40;
      return { model: packTrafficModel(buildTrafficModel(cluster, { ...q.query, combine: combined })), combined, stale };
    }
    case 'explainTraffic': {
      const verdict = evaluateTraffic(cluster, q.question);
      return { allowed: verdict.allowed, text: render(q.lang, describeTraffic(verdict)) };
    }
    case 'subjects':
      return {
        subjects: knownSubjects(cluster).map((s) => ({ ...s, suggestedNamespace: suggestNamespace(cluster, s) })),
        namespaces: [...cluster.namespaces.keys()].sort(),
      };
    case 'permissions': {
      const model = buildPermissionMatrix(cluster, q.subject, q.namespace, { special: q.special, onlyGranted: q.onlyGranted, extra: q.extra });
      return { model, explanations: model.cells.map((row) => row.map((cell) => render(q.lang, describeAuthorization(cell.verdict)))) };
    }
    case 'whoCan': {
      const row = parseResourceText(q.resource);
      return { row, grants: row.resource ? buildWhoCan(cluster, row, q.verb, q.namespace, q.all) : [], dangers: actionDangers(row, q.verb) };
    }
    case 'admission':
      return admission(world, q as Extract<ViewQuestion, { type: 'admission' }>);
    case 'canI':
      return canI(world, q as Extract<ViewQuestion, { type: 'canI' }>);
    case 'questionDefaults':
      return questionDefaults(cluster);
  }
}

/** A request through authorization and admission, as the lab's admission goals send it. */
function admission(world: ViewWorld['world'], q: Extract<ViewQuestion, { type: 'admission' }>): Answers['admission'] {
  const candidates = admissionCandidates(world.objects);
  const groups = q.groups ?? [...new Set([...identityFor(q.user).groups, ...(q.extraGroups ?? [])])];
  const target = candidates.find((c) => c.ref === q.ref) ?? candidates[0];
  if (!target) return { candidates: [], ref: '', groups };
  const withAuthenticated = groups.includes('system:authenticated') ? groups : [...groups, 'system:authenticated'];
  const body =
    q.operation === 'CREATE'
      ? { object: target.object }
      : q.operation === 'UPDATE'
        ? { object: target.object, oldObject: target.object }
        : { oldObject: target.object };
  const verdict = admit(world.cluster, { operation: q.operation, ...body, user: q.user.trim(), groups: withAuthenticated });
  return {
    candidates: candidates.map((c) => c.ref),
    ref: target.ref,
    groups,
    steps: verdict.steps,
    allowed: verdict.allowed,
    text: render(q.lang, describeAdmission(verdict)),
  };
}

/** `kubectl auth can-i` as the playground's form asks it. */
function canI(world: ViewWorld['world'], q: Extract<ViewQuestion, { type: 'canI' }>): Answers['canI'] {
  const identity = identityFor(q.user.trim());
  const [head, subresource = ''] = q.resource.trim().split('/');
  const [name, ...group] = head.split('.');
  const verdict = authorize(world.cluster, {
    user: identity.user,
    groups: [...new Set([...identity.groups, ...q.groups])],
    resourceAttributes: { verb: q.verb.trim(), resource: name, group: group.join('.'), subresource, namespace: q.namespace.trim() },
  });
  return { allowed: verdict.allowed, text: render(q.lang, describeAuthorization(verdict)) };
}
