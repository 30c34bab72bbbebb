// lessons:check rejects goals whose target does not resolve: a `deny` aimed at a Service port that
// does not exist passes without checking anything. A Service port is only reachable if the Service
// declares it (https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec,
// `ports`); a connection to an unknown pod or port is never evaluated against a NetworkPolicy.
import { describe, expect, it } from 'vitest';
import { checkGoalTargets, positionedGoalTargetProblems } from '@/lib/lesson/checkGoalTargets';
import type { ExerciseDefinition, Goal } from '@/lib/lesson';

const WORLD = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: api, image: api:1, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: hacker, namespace: shop, labels: {app: hacker}}
spec: {containers: [{name: h, image: h:1}]}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec: {selector: {app: api}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: v1
kind: Secret
metadata: {name: db, namespace: shop}
`;
const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;
const text = { en: 'x', es: 'x' };

function exercise(goals: Goal[], start = '', solution = POLICY): ExerciseDefinition {
  return {
    id: 'probe',
    title: text,
    description: text,
    world: { file: 'world.yaml', text: WORLD },
    files: ['policy.yaml'],
    start: { 'policy.yaml': start },
    solution: { 'policy.yaml': solution },
    goals,
    hints: [],
  };
}

const traffic = (id: string, to: unknown, port: number | string): Goal =>
  ({ id, text, kind: 'traffic', traffic: { from: 'shop/hacker', to, port }, expect: 'deny' }) as Goal;

describe('checkGoalTargets', () => {
  it('rejects a deny goal aimed at a Service port the Service does not declare, and names it', () => {
    const problems = checkGoalTargets(exercise([traffic('svc-port', { service: 'shop/api' }, 8443)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ goal: 0, id: 'svc-port' });
    expect(problems[0].message).toContain('8443');
  });

  it('accepts the same goal on the port the Service declares', () => {
    expect(checkGoalTargets(exercise([traffic('svc-port', { service: 'shop/api' }, 80)]))).toEqual([]);
  });

  it('rejects a pod that does not exist, a port name the pod does not declare, and a Service with no ready backends', () => {
    const noBackends = `${POLICY}---\napiVersion: v1\nkind: Service\nmetadata: {name: empty, namespace: shop}\nspec: {selector: {app: nobody}, ports: [{port: 80}]}\n`;
    const goals = [traffic('typo', 'shop/apii', 8080), traffic('port-name', 'shop/api', 'metrics'), traffic('empty', { service: 'shop/empty' }, 80)];
    expect(checkGoalTargets(exercise(goals, noBackends, noBackends)).map((p) => p.id)).toEqual(['typo', 'port-name', 'empty']);
  });

  it('rejects object targets, asPod pods and attack-path ends that do not exist', () => {
    const goals = [
      { id: 'hard', text, kind: 'hardening', hardening: { target: 'Pod/shop/apii', finding: 'host-network' }, expect: 'absent' },
      { id: 'adm', text, kind: 'admission', admission: { object: 'Pod/shop/nope' }, expect: 'deny' },
      { id: 'can', text, kind: 'can', can: { asPod: 'shop/ghost', verb: 'get', resource: 'secrets', namespace: 'shop' }, expect: 'deny' },
      { id: 'path', text, kind: 'noAttackPath', noAttackPath: { from: 'internet', to: 'Secret/shop/dbb' }, expect: 'pass' },
      { id: 'all', text, kind: 'noAttackPath', noAttackPath: { from: 'internet', to: 'Secret/web/*' }, expect: 'pass' },
    ] as Goal[];
    expect(checkGoalTargets(exercise(goals)).map((p) => p.id)).toEqual(['hard', 'adm', 'can', 'path', 'all']);
  });

  it('accepts targets that exist, and RBAC questions in a namespace nobody made yet', () => {
    const goals = [
      { id: 'hard', text, kind: 'hardening', hardening: { target: 'Pod/shop/api', finding: 'host-network' }, expect: 'absent' },
      { id: 'can', text, kind: 'can', can: { asPod: 'shop/api', verb: 'get', resource: 'secrets', namespace: 'tomorrow' }, expect: 'deny' },
      { id: 'path', text, kind: 'noAttackPath', noAttackPath: { from: 'Pod/shop/hacker', to: 'Secret/shop/*' }, expect: 'pass' },
    ] as Goal[];
    expect(checkGoalTargets(exercise(goals))).toEqual([]);
  });

  it('lets the start files lack what the learner is asked to create, not what the world holds', () => {
    const made = `apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: w, image: w:1}]}\n`;
    expect(checkGoalTargets(exercise([traffic('made', 'shop/web', 80)], '', made))).toEqual([]);
    // The start files redefine the world's Service without the port: the start's deny checks nothing.
    const broken = `apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {selector: {app: api}, ports: [{port: 81, targetPort: http}]}\n`;
    const problems = checkGoalTargets(exercise([traffic('svc', { service: 'shop/api' }, 80)], broken));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^in the start files: /)]);
  });

  it('positions each problem at its goal in exercise.yaml and names exercise and goal', () => {
    const yaml =
      'goals:\n  - id: ok\n    traffic: {from: shop/hacker, to: shop/api, port: 8080}\n  - id: svc-port\n    traffic: {from: shop/hacker, to: {service: shop/api}, port: 8443}\n';
    const goals = [traffic('ok', 'shop/api', 8080), traffic('svc-port', { service: 'shop/api' }, 8443)];
    const [problem, ...rest] = positionedGoalTargetProblems(exercise(goals), yaml);
    expect(rest).toEqual([]);
    expect(problem.line).toBe(5);
    expect(problem.message).toMatch(/^exercise probe, goal `svc-port` \(goals\[1\]\.traffic\): /);
  });
});
