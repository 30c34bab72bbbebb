// Worker side: attack paths and counterexamples ("try to break it") for the page's world.
import {
  attackNodeKey,
  attackPathsFrom,
  formatAttackRef,
  findTrafficCounterexample,
  findPodSecurityCounterexample,
  findImageCounterexample,
  type AttackNode,
  type Cluster,
  type KubeObject,
} from '@/lib/sim';
import {
  attackEdgeFix,
  attackRef,
  counterexampleYaml,
  COUNTEREXAMPLE_YAML_HEAD,
  describeAttackEdge,
  describeAttackEntry,
  describeAttackNode,
  describeCounterexample,
  edgeSource,
  findCounterexamples,
  ObjectIndex,
  type Counterexample,
  type ExerciseDefinition,
} from '@/lib/lesson';
import { render } from '@/lib/i18n/messages';
import type { Answers, Question } from './protocol';
import type { ViewWorld } from './host';

type AttackQuestion = Extract<Question, { type: 'attack' }>;
type CounterQuestion = Extract<Question, { type: 'counterexamples' }>;

/**
 * Entries a learner can pick, written in the entry syntax the question sends back: the internet,
 * each workload (or bare pod), each ServiceAccount, each user named in a binding. `pods` are the
 * workload entries alone (the default is the first of them).
 */
function entries(cluster: Cluster): { all: string[]; pods: string[] } {
  const pods = new Set<string>();
  for (const p of cluster.pods.values()) {
    if (p.namespace === 'kube-system') continue;
    pods.add(formatAttackRef({ type: 'pods', ref: { namespace: p.namespace, name: p.owner ? p.owner.name : p.name } }));
  }
  const sas = new Set<string>();
  for (const sa of cluster.byKind.get('ServiceAccount') ?? [])
    if (sa.metadata.namespace !== 'kube-system')
      sas.add(formatAttackRef({ type: 'serviceAccount', ref: { namespace: sa.metadata.namespace ?? 'default', name: sa.metadata.name ?? '' } }));
  const users = new Set<string>();
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const b of cluster.byKind.get(kind) ?? []) {
      for (const s of Array.isArray(b.subjects) ? (b.subjects as { kind?: string; name?: string }[]) : [])
        if (s?.kind === 'User' && s.name && !s.name.startsWith('system:')) users.add(formatAttackRef({ type: 'user', name: s.name }));
    }
  }
  const sortedPods = [...pods].sort();
  return { all: [formatAttackRef({ type: 'internet' }), ...sortedPods, ...[...sas].sort(), ...[...users].sort()], pods: sortedPods };
}

export function answerAttack({ world, stale }: ViewWorld, q: AttackQuestion, readOnly: string[]): Answers['attack'] {
  const { all: list, pods } = entries(world.cluster);
  // A goal's entry is written `Pod/shop/web` (lib/lesson/goalTarget); the graph names it `pod:shop/web`.
  const asked = attackRef(q.entry);
  const entry = list.includes(asked) ? asked : (pods[0] ?? list[0]);
  const found = attackPathsFrom(world.cluster, entry, q.lateral ? { lateral: q.lateral } : {});
  const ctx = { cluster: world.cluster, index: new ObjectIndex(world.parsed), worldFile: readOnly[0] };
  // A workload's pods are renamed when its template changes: key steps by the workload, so an
  // edit that keeps a link does not read as one that broke it.
  const stable = (node: AttackNode) => {
    if (node.type !== 'pod' && node.type !== 'endpoint') return attackNodeKey(node);
    const pod = world.cluster.pods.get(`${node.pod.namespace}/${node.pod.name}`);
    return pod?.owner ? `${node.type}:${pod.namespace}/${pod.owner.kind}/${pod.owner.name}` : attackNodeKey(node);
  };
  return {
    stale,
    entries: list.map((id) => ({ id, label: render(q.lang, describeAttackEntry(id)) })),
    entry,
    truncated: Boolean(found.truncated),
    paths: found.paths.map((p) => ({
      target: attackNodeKey(p.target),
      targetLabel: render(q.lang, describeAttackNode(p.target)),
      steps: p.edges.map((e) => {
        const source = edgeSource(e, ctx);
        return {
          key: `${stable(e.from)}|${e.technique}|${stable(e.to)}`,
          technique: e.technique,
          text: render(q.lang, describeAttackEdge(e)),
          fix: render(q.lang, attackEdgeFix(e)),
          source: source && !readOnly.includes(source.file) ? source : undefined,
        };
      }),
    })),
  };
}

/** In the playground (no goals): the smallest new peer that reaches each pod a policy isolates, and admission probes. */
function playgroundCounterexamples(cluster: Cluster, objects: KubeObject[]): Counterexample[] {
  const out: Counterexample[] = [];
  const seen = new Set<string>();
  for (const pod of cluster.pods.values()) {
    // Typed references go to the search; `target` is the words shown (and the Set key, never parsed).
    const ref = { namespace: pod.namespace, name: pod.owner ? pod.owner.name : pod.name };
    const target = `${ref.namespace}/${ref.name}`;
    if (seen.has(target) || out.length >= 6) continue;
    seen.add(target);
    const isolated = (cluster.byKind.get('NetworkPolicy') ?? []).some((np) => np.metadata.namespace === pod.namespace);
    if (!isolated) continue;
    const intended = [...cluster.pods.values()].map((p) => ({ namespace: p.namespace, name: p.name }));
    for (const port of pod.ports.slice(0, 1)) {
      const found = findTrafficCounterexample(cluster, { direction: 'ingress', target: ref, port: port.containerPort, protocol: port.protocol, intended });
      if (found && found.objects.length)
        out.push({
          kind: 'traffic',
          goalIds: [],
          direction: 'ingress',
          target,
          from: found.from,
          to: found.to,
          port: found.port,
          protocol: found.protocol,
          objects: found.objects,
        });
    }
  }
  for (const ns of objects.filter((o) => o.kind === 'Namespace' && o.metadata?.labels?.['pod-security.kubernetes.io/enforce'])) {
    const level = 'restricted';
    const found = findPodSecurityCounterexample(cluster, String(ns.metadata.name), level);
    if (found) out.push({ kind: 'podSecurity', goalIds: [], namespace: String(ns.metadata.name), level, breaks: found.breaks, objects: [found.object] });
  }
  if (objects.some((o) => o.kind === 'ValidatingAdmissionPolicy' && JSON.stringify(o.spec ?? {}).includes('.image'))) {
    const ns = [...cluster.namespaces.keys()].find((n) => n !== 'kube-system' && n !== 'kube-public' && n !== 'kube-node-lease') ?? 'default';
    const found = findImageCounterexample(cluster, ns);
    if (found) out.push({ kind: 'image', goalIds: [], namespace: ns, breaks: found.breaks, objects: [found.object] });
  }
  return out;
}

export function answerCounterexamples(
  { world }: ViewWorld,
  q: CounterQuestion,
  exercise: ExerciseDefinition | undefined,
  editable: string[],
): Answers['counterexamples'] {
  const learnerObjects = world.parsed.filter((p) => editable.includes(p.source.file ?? '')).map((p) => p.object);
  const auditPolicy = world.objects.find((o) => o.kind === 'Policy');
  const found = exercise
    ? findCounterexamples({ goals: exercise.goals, cluster: world.cluster, learnerObjects, auditPolicy })
    : playgroundCounterexamples(world.cluster, world.objects);
  // Rendered here, in the page's language only, before posting.
  const head = render(q.lang, COUNTEREXAMPLE_YAML_HEAD);
  return {
    items: found.map((c) => ({ kind: c.kind, goalIds: c.goalIds, text: render(q.lang, describeCounterexample(c)), yaml: counterexampleYaml(c, head) })),
  };
}
