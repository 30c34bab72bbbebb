// The `noAttackPath` goal: no chain of simulator verdicts leads from an entry to a target.
import { entryNode, findAttackPath, type AttackEdge, type Cluster, type ObjectRef } from '../sim';
import { verbatim } from '../sim/messages';
import { attackEdgeFix, describeAttackEdge, describeAttackNode } from './attackWords';
import { msg } from './messages';
import { ObjectIndex } from './objectIndex';
import { attackRef } from './goalTarget';
import type { Goal, GoalResult, SourcePointer } from './types';

export interface AttackGoalContext {
  cluster: Cluster;
  index: ObjectIndex;
  /** The read-only world file, so the fix points into the learner's own files first. */
  worldFile?: string;
}

type Evaluation = Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'source' | 'verdict'>;

const TEMPLATE_PATH: Record<string, string> = {
  Deployment: 'spec.template.',
  ReplicaSet: 'spec.template.',
  StatefulSet: 'spec.template.',
  DaemonSet: 'spec.template.',
  Job: 'spec.template.',
  ReplicationController: 'spec.template.',
  CronJob: 'spec.jobTemplate.spec.template.',
};

/** Where the learner changes a pod's field: the pod itself, or its workload's template. */
function podFieldSource(ctx: AttackGoalContext, ref: ObjectRef, path: string): SourcePointer | undefined {
  const pod = ctx.cluster.pods.get(`${ref.namespace}/${ref.name}`);
  if (!pod) return undefined;
  if (pod.owner) {
    const { kind, name } = pod.owner;
    const found = ctx.index.find(`${kind}/${pod.namespace}/${name}`);
    if (found) return ObjectIndex.fieldSource(found, `${TEMPLATE_PATH[kind] ?? ''}${path}`);
  }
  const found = ctx.index.find(`Pod/${pod.namespace}/${pod.name}`);
  return found ? ObjectIndex.fieldSource(found, path) : undefined;
}

/** The object or field an edge depends on, in the learner's files or the world. */
export function edgeSource(edge: AttackEdge, ctx: AttackGoalContext): SourcePointer | undefined {
  const e = edge.evidence;
  switch (e.type) {
    case 'rbac':
    case 'admission':
      if (e.type === 'admission' && !e.role) return ctx.index.source('Namespace', undefined, e.request.namespace);
      return (
        (e.role && ctx.index.source(e.role.kind, e.role.namespace, e.role.name)) ??
        (e.binding && ctx.index.source(e.binding.kind, e.binding.namespace, e.binding.name))
      );
    case 'traffic': {
      const rule = e.egress[0] ?? e.ingress[0];
      if (!rule) return undefined;
      return ctx.index.source('NetworkPolicy', rule.policy.namespace, rule.policy.name);
    }
    case 'field':
      return edge.from.type === 'pod' ? podFieldSource(ctx, edge.from.pod, e.path) : undefined;
  }
}

/** The link to break: the first one whose cause is in the learner's files, else the first. */
function weakestLink(edges: AttackEdge[], ctx: AttackGoalContext): { edge: AttackEdge; source?: SourcePointer } {
  const located = edges.map((edge) => ({ edge, source: edgeSource(edge, ctx) }));
  return located.find((l) => l.source && l.source.file !== ctx.worldFile) ?? located[0];
}

export function evaluateNoAttackPath(goal: Extract<Goal, { kind: 'noAttackPath' }>, ctx: AttackGoalContext): Evaluation {
  const { lateral } = goal.noAttackPath;
  const [from, to] = [attackRef(goal.noAttackPath.from), attackRef(goal.noAttackPath.to)];
  const path = findAttackPath(ctx.cluster, from, to, lateral ? { lateral } : {});
  const fromNode = entryNode(from);
  const names = {
    from: fromNode ? describeAttackNode(fromNode) : verbatim(from),
    to: to.replace(/^(secrets?|namespace|sa):/, ''),
  };
  if (path.starts.length === 0) {
    return { pass: false, verdict: path, explanation: msg('attack.path.noEntry', { from }) };
  }
  if (!path.edges) {
    if (path.truncated) return { pass: false, verdict: path, explanation: msg('attack.path.truncated', {}) };
    return { pass: true, verdict: path, explanation: msg('attack.path.none', names) };
  }
  const edges = path.edges;
  const link = weakestLink(edges, ctx);
  const found = msg('attack.path.found', { ...names, count: edges.length });
  return {
    pass: false,
    verdict: path,
    source: link.source,
    explanation: msg('common.lines', { lines: [found, ...edges.map((e, i) => msg('attack.path.step', { number: i + 1, step: describeAttackEdge(e) }))] }),
    fix: msg('attack.path.breakLink', { step: describeAttackEdge(link.edge), fix: attackEdgeFix(link.edge) }),
  };
}
