// What a failing goal says: which rule, peer, port entry, field or flag, and the concrete fix.
// NetworkPolicy peers: https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors
// VAP validationActions: https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#validation-actions
// Audit first match: https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy
import { describe, expect, it } from 'vitest';
import { textOf } from '@/lib/i18n/messages';
import { type ExerciseDefinition, type Goal } from '@/lib/lesson';
import { runLab } from '../renderedLab';

const text = { en: 'goal', es: 'objetivo' };
const exercise = (goals: Goal[], world: string, file: string): ExerciseDefinition => ({
  id: 'x',
  title: text,
  description: text,
  world: { file: 'world.yaml', text: world },
  files: ['main.yaml'],
  start: { 'main.yaml': file },
  solution: { 'main.yaml': file },
  goals,
  hints: [],
});

const NET_WORLD = `apiVersion: v1
kind: Namespace
metadata: {name: payments}
---
apiVersion: v1
kind: Namespace
metadata: {name: monitoring, labels: {team: monitoring}}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: payments, labels: {app: db}}
spec: {containers: [{name: db, image: "postgres:16", ports: [{containerPort: 5432}, {containerPort: 9187}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: grafana, namespace: monitoring, labels: {app: grafana}}
spec: {containers: [{name: g, image: "grafana:11"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: prometheus, namespace: monitoring, labels: {app: prometheus}}
spec: {containers: [{name: p, image: "prom:2"}]}
`;
const OR_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-metrics, namespace: payments}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from:
        - namespaceSelector: {matchLabels: {team: monitoring}}
        - podSelector: {matchLabels: {app: prometheus}}
      ports:
        - port: 5432
        - port: 9187
`;

describe('traffic goals name the rule, peer and port entry', () => {
  const grafanaDenied: Goal = {
    id: 'grafana-denied',
    text,
    kind: 'traffic',
    traffic: { from: 'monitoring/grafana', to: 'payments/db', port: 9187 },
    expect: 'deny',
  };

  it('an OR of peers: says peer 1 (namespaceSelector alone) and port entry 2 admitted it, and points at that peer', () => {
    const r = runLab(exercise([grafanaDenied], NET_WORLD, OR_POLICY), { 'main.yaml': OR_POLICY });
    const g = r.goals[0];
    expect(g.pass).toBe(false);
    expect(g.explanation.en).toContain(
      'Ingress rule 1 of NetworkPolicy payments/db-metrics admits monitoring/grafana through peer 1 (`namespaceSelector team=monitoring`) on port entry 2 (TCP 9187)',
    );
    expect(g.explanation.es).toContain('por el peer 1');
    expect(g.source).toEqual({ file: 'main.yaml', line: 8, column: 11 });
    expect(g.fix?.en).toMatch(/^Narrow that peer or port entry of ingress rule 1 of payments\/db-metrics/);
    expect(g.fix?.es).toMatch(/^Acotá ese peer/);
    expect(r.misconceptions?.map((m) => m.id)).toContain('netpol-and-vs-or-peers');
  });

  it('a port miss: names the rule whose peer matched and says which port to add, pointing at its ports', () => {
    const policy = OR_POLICY.replace('        - port: 9187\n', '');
    const goal: Goal = { id: 'prom', text, kind: 'traffic', traffic: { from: 'monitoring/prometheus', to: 'payments/db', port: 9187 }, expect: 'allow' };
    const g = runLab(exercise([goal], NET_WORLD, policy), { 'main.yaml': policy }).goals[0];
    expect(g.explanation.en).toContain(
      'Ingress rule 1 of NetworkPolicy payments/db-metrics admits monitoring/prometheus, but none of its 1 port entries is TCP 9187',
    );
    expect(g.fix?.en).toBe('Add `- port: 9187` (protocol TCP) to the ports of ingress rule 1 of payments/db-metrics.');
    expect(g.source?.line).toBe(10);
  });

  it('a peer miss under AND: says the single peer needs both selectors', () => {
    const policy = OR_POLICY.replace('        - podSelector', '          podSelector');
    const goal: Goal = { id: 'p', text, kind: 'traffic', traffic: { from: 'payments/db', to: 'payments/db', port: 9187 }, expect: 'allow' };
    const other: Goal = { ...goal, id: 'g', traffic: { from: 'monitoring/grafana', to: 'payments/db', port: 9187 } };
    const r = runLab(exercise([goal, other], NET_WORLD, policy), { 'main.yaml': policy });
    expect(r.goals[0].pass).toBe(true); // a pod always reaches itself
    const g = r.goals[1];
    expect(g.explanation.en).toContain(
      'none of its 1 peers matches monitoring/grafana; peer 1 (`namespaceSelector team=monitoring AND podSelector app=prometheus`) requires both selectors at once (AND)',
    );
    expect(g.source?.line).toBe(7);
  });
});

const VAP = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: no-latest}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
  validations:
    - expression: "object.spec.containers.all(c, !c.image.endsWith(':latest'))"
      message: images must not use the latest tag
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: no-latest}
spec:
  policyName: no-latest
  validationActions: [Warn]
`;
const PROBE = `apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: v1
kind: Pod
metadata: {name: probe, namespace: prod}
spec: {containers: [{name: c, image: "nginx:latest"}]}
`;

describe('admission goals: one sentence, the trace one click away, the field to change', () => {
  const goal: Goal = { id: 'latest-denied', text, kind: 'admission', admission: { object: 'Pod/prod/probe' }, expect: 'deny' };

  it('Warn only: names the binding and points at validationActions in the learner file', () => {
    const g = runLab(exercise([goal], PROBE, VAP), { 'main.yaml': VAP }).goals[0];
    expect(g.pass).toBe(false);
    expect(g.explanation.en.split('\n')).toHaveLength(1);
    expect(g.explanation.en).toContain('validationActions is [Warn]');
    expect(g.explanation.es).toMatch(/^Admitido/);
    expect(g.fix?.en).toContain('set `validationActions: [Deny]` in ValidatingAdmissionPolicyBinding no-latest'.replace(/^s/, 'S'));
    expect(g.source).toMatchObject({ file: 'main.yaml', line: 18 });
    expect(g.trace?.en).toContain('[validating admission]');
    expect(g.trace?.es).toContain('[admisión de validación]');
  });

  it('a passing goal reads one line too, with the trace kept', () => {
    const deny = VAP.replace('[Warn]', '[Deny]');
    const g = runLab(exercise([goal], PROBE, deny), { 'main.yaml': deny }).goals[0];
    expect(g.pass).toBe(true);
    expect(g.explanation.en.split('\n')).toHaveLength(1);
    expect(g.trace?.en.split('\n').length).toBeGreaterThan(2);
  });

  it('a denial reads once, without the API server prefix repeated', () => {
    const deny = VAP.replace('[Warn]', '[Deny]');
    const allow: Goal = { ...goal, id: 'allowed', expect: 'allow' };
    const g = runLab(exercise([allow], PROBE, deny), { 'main.yaml': deny }).goals[0];
    expect(g.explanation.en).toBe('Denied (422) by ValidatingAdmissionPolicy/no-latest binding no-latest: images must not use the latest tag');
    expect(g.source?.line).toBe(10);
  });
});

describe('least privilege names the rule and the binding, with a jump to each', () => {
  const rbac = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: malcriada, namespace: depto-a}
rules:
  - apiGroups: [casa.example.com]
    resources: [sillones]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: pochoclo, namespace: depto-a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: malcriada}
subjects:
  - {kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io}
`;
  it('says which verb and resource is extra, where it comes from, and the concrete edit', () => {
    const goal: Goal = {
      id: 'least',
      text,
      kind: 'leastPrivilege',
      leastPrivilege: { as: 'pochoclo', namespace: 'depto-a', allowed: [{ verbs: ['dormir'], resources: ['sillones'], group: 'casa.example.com' }] },
      expect: 'pass',
    };
    const g = runLab(exercise([goal], 'apiVersion: v1\nkind: Namespace\nmetadata: {name: depto-a}\n', rbac), { 'main.yaml': rbac }).goals[0];
    expect(g.explanation.en).toBe(
      'Grants more than needed: `* sillones.casa.example.com`, from rule 1 of Role depto-a/malcriada, bound by RoleBinding depto-a/pochoclo.',
    );
    expect(g.fix?.en).toBe('In rule 1 of Role depto-a/malcriada, replace the wildcard `*` with exactly what is needed (dormir sillones (casa.example.com)).');
    expect(g.source).toMatchObject({ file: 'main.yaml', line: 7 });
    expect(g.links?.[0].source).toMatchObject({ file: 'main.yaml', line: 13 });
    expect(g.links?.[0].label.es).toContain('Ir al binding');
  });
});

describe('audit goals point at the first matching rule', () => {
  it('the catch-all first: points at rule 1 and says the first match wins', () => {
    const policy = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n  - level: None\n    verbs: [watch]\n';
    const goal: Goal = {
      id: 'quiet',
      text,
      kind: 'audit',
      audit: { request: { as: 'kube-proxy', verb: 'watch', resource: 'endpoints', namespace: 'default' } },
      expect: { level: 'None' },
    };
    const g = runLab(exercise([goal], '', policy), { 'main.yaml': policy }).goals[0];
    expect(g.source).toMatchObject({ file: 'main.yaml', line: 4 });
    expect(g.fix?.en).toContain('Rule 1 is the first that matches');
    expect(g.fix?.es).toContain('La regla 1 es la primera que coincide');
  });
});

describe('a file that does not parse', () => {
  it('is reported as broken, so the page can say "fix the YAML first"', () => {
    const goal: Goal = { id: 'deny', text, kind: 'can', can: { as: 'x', verb: 'get', resource: 'pods', namespace: 'a' }, expect: 'deny' };
    const r = runLab(exercise([goal], '', 'kind: Role\n  metadata: [\n'), { 'main.yaml': 'kind: Role\n  metadata: [\n' });
    expect(r.broken).toEqual(['main.yaml']);
    expect(r.passed).toBe(false);
    const ok = runLab(exercise([goal], '', ''), { 'main.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' });
    expect(ok.broken).toEqual([]);
  });
});

describe('diagnostics the API server would give', () => {
  const goal: Goal = { id: 'g', text, kind: 'can', can: { as: 'x', verb: 'get', resource: 'pods', namespace: 'a' }, expect: 'deny' };
  it('a CEL syntax error is a diagnostic at the expression', () => {
    const bad = VAP.replace("!c.image.endsWith(':latest'))", "!c.image.endsWith(':latest')");
    const r = runLab(exercise([goal], '', bad), { 'main.yaml': bad });
    const d = r.diagnostics['main.yaml'].find((x) => x.code.startsWith('cel'));
    expect(d).toMatchObject({ severity: 'error', line: 10 });
    expect(d!.column).toBeGreaterThan(20);
    expect(textOf('es', d!)).toMatch(/: valor inválido: no compila: error de sintaxis CEL: /);
    expect(runLab(exercise([goal], '', VAP), { 'main.yaml': VAP }).diagnostics['main.yaml'].some((x) => x.code.startsWith('cel'))).toBe(false);
  });
  it('`Baseline` (capital B) is an error on the label', () => {
    const nsText = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    pod-security.kubernetes.io/enforce: Baseline\n';
    const r = runLab(exercise([goal], '', nsText), { 'main.yaml': nsText });
    expect(r.diagnostics['main.yaml']).toContainEqual(expect.objectContaining({ severity: 'error', code: 'psa-invalid-level', line: 6 }));
    const fine = nsText.replace('Baseline', 'baseline');
    expect(runLab(exercise([goal], '', fine), { 'main.yaml': fine }).diagnostics['main.yaml'].some((x) => x.code === 'psa-invalid-level')).toBe(false);
  });
});
