// Writes through the simulated API server: apply/create -f, delete, label and the imperative
// creators, with kubectl's result lines, RBAC (incl. escalation checks) and admission.
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, shopSession } from '../shell/helpers';

const FILES: Record<string, string> = {
  'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: "1"\n',
  'cm-changed.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: "2"\n',
  'multi.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n  namespace: shop\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: two\n  namespace: shop\nrules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n',
  'bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n  namespace: shop\ndatta:\n  a: b\n',
  'other-ns.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: nowhere\n',
  'esc.yaml':
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: esc\n  namespace: shop\nrules:\n  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [get, list]\n',
  'binding.yaml':
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: read-pods\n  namespace: shop\nsubjects:\n  - kind: User\n    name: alice\n    apiGroup: rbac.authorization.k8s.io\nroleRef:\n  kind: ClusterRole\n  name: secret-reader\n  apiGroup: rbac.authorization.k8s.io\n',
  'privileged.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: priv\n  namespace: locked\nspec:\n  containers:\n    - name: c\n      image: busybox\n      securityContext:\n        privileged: true\n',
  'locked-ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: locked\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n',
};

function session() {
  return shopSession({ files: FILES });
}

describe('kubectl apply -f and create -f', () => {
  const cases: [string[], string, number][] = [
    [['kubectl apply -f cm.yaml'], 'configmap/extra created', 0],
    [['kubectl apply -f cm.yaml', 'kubectl apply -f cm.yaml'], 'configmap/extra unchanged', 0],
    [['kubectl apply -f cm.yaml', 'kubectl apply -f cm-changed.yaml'], 'configmap/extra configured', 0],
    [['kubectl apply -f multi.yaml'], 'configmap/one created\nrole.rbac.authorization.k8s.io/two created', 0],
    [['kubectl apply -f cm.yaml --dry-run=client'], 'configmap/extra created (dry run)', 0],
    [['kubectl apply -f cm.yaml --dry-run=server'], 'configmap/extra created (server dry run)', 0],
    [['kubectl apply -f nope.yaml'], 'error: the path "nope.yaml" does not exist', 1],
    [['kubectl apply'], "error: must specify one of -f and -k\nSee 'kubectl apply -h' for help and examples", 1],
    [
      ['kubectl apply -f bad.yaml'],
      'Error from server (BadRequest): error when creating "bad.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "datta"',
      1,
    ],
    [['kubectl apply -f other-ns.yaml'], 'Error from server (NotFound): error when creating "other-ns.yaml": namespaces "nowhere" not found', 1],
    [
      ['kubectl apply -f cm.yaml', 'kubectl create -f cm.yaml'],
      'Error from server (AlreadyExists): error when creating "cm.yaml": configmaps "extra" already exists',
      1,
    ],
    [['kubectl create -f cm.yaml'], 'configmap/extra created', 0],
    [
      ['kubectl apply -f binding.yaml'],
      // The bad value is the NEW roleRef: ValidateRoleBindingUpdate(roleBinding, old) reports roleBinding.RoleRef
      // (pkg/apis/rbac/validation/validation.go).
      'The RoleBinding "read-pods" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"secret-reader"}: cannot change roleRef',
      1,
    ],
    [
      ['kubectl apply -f esc.yaml --as alice'],
      'Error from server (Forbidden): error when retrieving current configuration of:\nResource: "rbac.authorization.k8s.io/v1, Resource=roles", GroupVersionKind: "rbac.authorization.k8s.io/v1, Kind=Role"\nName: "esc", Namespace: "shop"\nfrom server for: "esc.yaml": roles.rbac.authorization.k8s.io "esc" is forbidden: User "alice" cannot get resource "roles" in API group "rbac.authorization.k8s.io" in the namespace "shop"',
      1,
    ],
    [
      ['kubectl apply -f locked-ns.yaml', 'kubectl apply -f privileged.yaml'],
      'Error from server (Forbidden): error when creating "privileged.yaml": pods "priv" is forbidden: violates PodSecurity "baseline:latest": privileged (container "c" must not set securityContext.privileged=true)',
      1,
    ],
  ];
  it.each(cases)('%j', (lines, expected, code) => {
    const result = runLines(session(), ...lines);
    expect(result.output).toBe(expected);
    expect(result.exitCode).toBe(code);
  });

  it('puts objects without a namespace in the current one and stores them', () => {
    const { session: after } = runLines(session(), 'kubectl apply -f cm.yaml -n shop');
    expect(runLines(after, 'kubectl get cm -n shop').output).toBe('NAME       DATA   AGE\nextra      1      2s\nsettings   2      10m');
  });

  it('keeps the last-applied configuration, like kubectl apply', () => {
    const { session: after } = runLines(session(), 'kubectl apply -f cm.yaml');
    const { output } = runLines(after, 'kubectl get cm extra -o yaml');
    expect(output).toContain(
      '    kubectl.kubernetes.io/last-applied-configuration: |\n      {"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"name":"extra","namespace":"default"}}',
    );
  });

  it('refuses a Role that grants more than its writer holds (RBAC escalation check)', () => {
    const escalator = createShellSession({
      objects: objectsOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: role-writer, namespace: shop}
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [roles]
    verbs: [get, create, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: role-writer, namespace: shop}
subjects: [{kind: User, name: bob, apiGroup: rbac.authorization.k8s.io}]
roleRef: {kind: Role, name: role-writer, apiGroup: rbac.authorization.k8s.io}
`),
      files: FILES,
      minikube: false,
    });
    const { output, exitCode } = runLines(escalator, 'kubectl apply -f esc.yaml --as bob');
    expect(
      output.startsWith(
        'Error from server (Forbidden): error when creating "esc.yaml": roles.rbac.authorization.k8s.io "esc" is forbidden: user "bob" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:',
      ),
    ).toBe(true);
    expect(exitCode).toBe(1);
  });
});

describe('admission denials', () => {
  const POLICY = `
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: no-latest}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE"]
        resources: ["pods"]
  validations:
    - expression: "object.spec.containers.all(c, !c.image.endsWith(':latest'))"
      message: "no latest tags"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: no-latest}
spec:
  policyName: no-latest
  validationActions: [Deny]
`;

  it('prints a ValidatingAdmissionPolicy denial (422 Invalid) the way kubectl prints Invalid errors', () => {
    const session = createShellSession({ objects: objectsOf(POLICY), minikube: false });
    const { output, exitCode } = runLines(session, 'kubectl run web --image=nginx:latest');
    expect(output).toBe("The pods \"web\" is invalid: : ValidatingAdmissionPolicy 'no-latest' with binding 'no-latest' denied request: no latest tags");
    expect(exitCode).toBe(1);
    expect(runLines(session, 'kubectl run web --image=nginx:1.27').output).toBe('pod/web created');
  });
});

describe('imperative creators', () => {
  const cases: [string, string, number][] = [
    ['kubectl create namespace dev', 'namespace/dev created', 0],
    ['kubectl create ns shop', 'Error from server (AlreadyExists): namespaces "shop" already exists', 1],
    ['kubectl create serviceaccount app -n shop', 'serviceaccount/app created', 0],
    ['kubectl create sa api -n shop', 'Error from server (AlreadyExists): serviceaccounts "api" already exists', 1],
    ['kubectl create role r --verb=get,list --resource=pods -n shop', 'role.rbac.authorization.k8s.io/r created', 0],
    [
      'kubectl create role r --verb=sleep --resource=pods -n shop',
      "Warning: 'sleep' is not a standard resource verb\nrole.rbac.authorization.k8s.io/r created",
      0,
    ],
    [
      'kubectl create role r --verb=sleep --resource=couches -n shop',
      "Warning: 'sleep' is not a standard resource verb\nerror: no matches for /, Resource=couches",
      1,
    ],
    ['kubectl create role r --resource=pods -n shop', 'error: at least one verb must be specified', 1],
    ['kubectl create role r --verb=get -n shop', 'error: at least one resource must be specified', 1],
    ['kubectl create role r --verb=bind --resource=pods -n shop', "error: can not perform 'bind' on 'pods' in group ''", 1],
    ['kubectl create role -n shop', "error: exactly one NAME is required, got 0\nSee 'kubectl create role -h' for help and examples", 1],
    ['kubectl create clusterrole cr --verb=get --resource=nodes', 'clusterrole.rbac.authorization.k8s.io/cr created', 0],
    ['kubectl create clusterrole cr --verb=get --non-resource-url=/healthz', 'clusterrole.rbac.authorization.k8s.io/cr created', 0],
    ['kubectl create rolebinding b --role=pod-reader --user=bob -n shop', 'rolebinding.rbac.authorization.k8s.io/b created', 0],
    ['kubectl create rolebinding b --clusterrole=secret-reader --serviceaccount=shop:api -n shop', 'rolebinding.rbac.authorization.k8s.io/b created', 0],
    ['kubectl create rolebinding b -n shop', 'error: exactly one of clusterrole or role must be specified', 1],
    ['kubectl create rolebinding b --role=x --serviceaccount=api -n shop', 'error: serviceaccount must be <namespace>:<name>', 1],
    ['kubectl create clusterrolebinding cb --clusterrole=secret-reader --group=ops', 'clusterrolebinding.rbac.authorization.k8s.io/cb created', 0],
    ['kubectl create clusterrolebinding cb --user=x', 'error: clusterrole must be specified', 1],
    ['kubectl create configmap c --from-literal=a=1 -n shop', 'configmap/c created', 0],
    ['kubectl create secret generic s --from-literal=p=x -n shop', 'secret/s created', 0],
    ['kubectl create deployment web2 --image=nginx -n shop', 'deployment.apps/web2 created', 0],
    [
      'kubectl create role r --verb=get --resource=pods -n shop --as alice',
      'Error from server (Forbidden): roles.rbac.authorization.k8s.io is forbidden: User "alice" cannot create resource "roles" in API group "rbac.authorization.k8s.io" in the namespace "shop"',
      1,
    ],
    ['kubectl create foo x', "error: Unexpected args: [foo x]\nSee 'kubectl create -h' for help and examples", 1],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const result = runLines(session(), line);
    expect(result.output).toBe(expected);
    expect(result.exitCode).toBe(code);
  });

  it('builds the role kubectl builds: one rule per API group, resource names kept', () => {
    const { session: after } = runLines(
      session(),
      'kubectl create role r --verb=get,get,patch --resource=pods,deployments.apps,pods/log --resource-name=a -n shop',
    );
    expect(runLines(after, 'kubectl describe role r -n shop').output.split('\n').slice(4)).toEqual([
      '  Resources         Non-Resource URLs  Resource Names  Verbs',
      '  ---------         -----------------  --------------  -----',
      '  pods/log          []                 [a]             [get patch]',
      '  pods              []                 [a]             [get patch]',
      '  deployments.apps  []                 [a]             [get patch]',
    ]);
  });

  it('makes the binding work at once', () => {
    const { output } = runLines(
      session(),
      'kubectl create rolebinding b --clusterrole=secret-reader --user=bob -n shop',
      'kubectl auth can-i get secrets/db-password --as bob -n shop',
    );
    expect(output).toBe('yes');
  });

  it('a new namespace gets its default ServiceAccount at once', () => {
    const { output } = runLines(session(), 'kubectl create namespace dev', 'kubectl get sa -n dev');
    expect(output).toBe('NAME      SECRETS   AGE\ndefault   0         2s');
  });
});

describe('kubectl delete and label', () => {
  const cases: [string[], string, number][] = [
    [['kubectl delete cm settings -n shop'], 'configmap "settings" deleted', 0],
    [['kubectl delete cm/settings -n shop', 'kubectl get cm -n shop'], 'No resources found in shop namespace.', 0],
    [['kubectl delete cm settings -n shop', 'kubectl delete cm settings -n shop'], 'Error from server (NotFound): configmaps "settings" not found', 1],
    [['kubectl delete cm settings --ignore-not-found -n default'], '', 0],
    [['kubectl delete cm -n shop'], 'error: resource(s) were provided, but no name was specified', 1],
    [['kubectl delete pods -l app=web -n shop'], 'pod "web" deleted', 0],
    [['kubectl delete rolebinding read-pods -n shop'], 'rolebinding.rbac.authorization.k8s.io "read-pods" deleted', 0],
    [['kubectl delete ns default'], 'Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted', 1],
    [['kubectl delete ns shop', 'kubectl get pods -n shop'], 'No resources found in shop namespace.', 0],
    [['kubectl apply -f multi.yaml', 'kubectl delete -f multi.yaml'], 'configmap "one" deleted\nrole.rbac.authorization.k8s.io "two" deleted', 0],
    [
      ['kubectl delete pod web -n shop --as alice'],
      'Error from server (Forbidden): pods "web" is forbidden: User "alice" cannot delete resource "pods" in API group "" in the namespace "shop"',
      1,
    ],
    [['kubectl label pod web tier=back -n shop'], "error: 'tier' already has a value (front), and --overwrite is false", 1],
    [['kubectl label pod web tier=back --overwrite -n shop'], 'pod/web labeled', 0],
    [['kubectl label pod web tier- -n shop'], 'pod/web unlabeled', 0],
    [['kubectl label pod web app=web -n shop'], 'pod/web not labeled', 0],
    [
      ['kubectl label ns shop env=prod', 'kubectl get ns shop --show-labels'],
      'NAME   STATUS   AGE   LABELS\nshop   Active   10m   env=prod,kubernetes.io/metadata.name=shop,team=shop',
      0,
    ],
    [['kubectl label pod web -n shop'], "error: at least one label update is required\nSee 'kubectl label -h' for help and examples", 1],
    [['kubectl label pod nope a=b -n shop'], 'Error from server (NotFound): pods "nope" not found', 1],
  ];
  it.each(cases)('%j', (lines, expected, code) => {
    const result = runLines(session(), ...lines);
    expect(result.output).toBe(expected);
    expect(result.exitCode).toBe(code);
  });

  it('warns about existing pods when a namespace gets a stricter Pod Security level', () => {
    const { output, exitCode } = runLines(
      session(),
      'kubectl create namespace demo',
      'kubectl run root --image=busybox -n demo',
      'kubectl label ns demo pod-security.kubernetes.io/enforce=restricted',
    );
    expect(output.split('\n')[0]).toBe('Warning: existing pods in namespace "demo" violate the new PodSecurity enforce level "restricted:latest"');
    expect(output.endsWith('namespace/demo labeled')).toBe(true);
    expect(exitCode).toBe(0);
  });
});
