// `kubectl get`: kubectl's table layouts (tabwriter padding 3), -o wide/name/yaml/json, -A,
// -l, kind/name arguments and the API server's error texts.
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../../../lib/sim/kubectl';
import { runLines, shopSession, text } from '../shell/helpers';

describe('kubectl get tables', () => {
  const cases: [string, string][] = [
    [
      'kubectl get pods -n shop',
      text`
      NAME   READY   STATUS    RESTARTS   AGE
      api    1/1     Running   0          10m
      web    1/1     Running   0          10m`,
    ],
    [
      'kubectl get pods -n shop -o wide',
      text`
      NAME   READY   STATUS    RESTARTS   AGE   IP            NODE       NOMINATED NODE   READINESS GATES
      api    1/1     Running   0          10m   10.244.0.11   minikube   <none>           <none>
      web    1/1     Running   0          10m   10.244.0.10   minikube   <none>           <none>`,
    ],
    [
      'kubectl get svc -n shop',
      text`
      NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
      api    ClusterIP   10.96.10.11   <none>        80/TCP    10m
      web    ClusterIP   10.96.10.10   <none>        80/TCP    10m`,
    ],
    [
      'kubectl get services -n shop -o wide',
      text`
      NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE   SELECTOR
      api    ClusterIP   10.96.10.11   <none>        80/TCP    10m   app=api
      web    ClusterIP   10.96.10.10   <none>        80/TCP    10m   app=web`,
    ],
    [
      'kubectl get svc,cm -n shop',
      text`
      NAME          TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
      service/api   ClusterIP   10.96.10.11   <none>        80/TCP    10m
      service/web   ClusterIP   10.96.10.10   <none>        80/TCP    10m

      NAME                 DATA   AGE
      configmap/settings   2      10m`,
    ],
    [
      'kubectl get pods -l app=web -n shop --show-labels',
      text`
      NAME   READY   STATUS    RESTARTS   AGE   LABELS
      web    1/1     Running   0          10m   app=web,tier=front`,
    ],
    [
      'kubectl get pods -l "app in (web,api),tier!=front" -n shop',
      text`
      NAME   READY   STATUS    RESTARTS   AGE
      api    1/1     Running   0          10m`,
    ],
    [
      'kubectl get pods -n shop -l "tier notin (front)"',
      text`
      NAME   READY   STATUS    RESTARTS   AGE
      api    1/1     Running   0          10m`,
    ],
    [
      "kubectl get pods -n shop -l '!tier'",
      text`
      NAME   READY   STATUS    RESTARTS   AGE
      api    1/1     Running   0          10m`,
    ],
    [
      'kubectl get roles,rolebindings -n shop -o wide',
      text`
      NAME                                        CREATED AT
      role.rbac.authorization.k8s.io/pod-reader   2024-01-01T00:00:00Z

      NAME                                              ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS
      rolebinding.rbac.authorization.k8s.io/read-pods   Role/pod-reader   10m   alice            shop/api`,
    ],
    [
      'kubectl get clusterroles',
      text`
      NAME            CREATED AT
      secret-reader   2024-01-01T00:00:00Z`,
    ],
    [
      'kubectl get clusterrolebindings',
      text`
      NAME              ROLE                        AGE
      ops-read-secret   ClusterRole/secret-reader   10m`,
    ],
    [
      'kubectl get netpol -A',
      text`
      NAMESPACE   NAME           POD-SELECTOR   AGE
      shop        api-from-web   app=api        10m`,
    ],
    [
      'kubectl get secrets,sa -n shop',
      text`
      NAME                 TYPE     DATA   AGE
      secret/db-password   Opaque   1      10m

      NAME                     SECRETS   AGE
      serviceaccount/api       0         10m
      serviceaccount/default   0         10m`,
    ],
    [
      'kubectl get ep -n shop',
      text`
      NAME   ENDPOINTS          AGE
      api    10.244.0.11:8080   10m
      web    10.244.0.10:80     10m`,
    ],
    [
      'kubectl get namespaces',
      text`
      NAME              STATUS   AGE
      default           Active   10m
      kube-node-lease   Active   10m
      kube-public       Active   10m
      kube-system       Active   10m
      shop              Active   10m`,
    ],
    [
      'kubectl get nodes -o wide',
      text`
      NAME       STATUS   ROLES           AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME
      minikube   Ready    control-plane   10m   v1.35.0   192.168.49.2   <none>        Ubuntu 22.04.4 LTS   6.8.0-48-generic   docker://27.2.0`,
    ],
    [
      'kubectl get pod/web svc/web -n shop',
      text`
      NAME      READY   STATUS    RESTARTS   AGE
      pod/web   1/1     Running   0          10m

      NAME          TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
      service/web   ClusterIP   10.96.10.10   <none>        80/TCP    10m`,
    ],
    ['kubectl get pods -n shop -o name', 'pod/api\npod/web'],
    ['kubectl get pods -n shop --no-headers', 'api   1/1   Running   0     10m\nweb   1/1   Running   0     10m'],
    ['kubectl get pods -n shop -o jsonpath={.items[*].status.podIP}', '10.244.0.11 10.244.0.10'],
  ];
  it.each(cases)('%s', (line, expected) => {
    const { output, exitCode } = runLines(shopSession(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(0);
  });
});

describe('kubectl get with the minikube baseline', () => {
  it('lists the control plane in kube-system', () => {
    const { output } = runLines(shopSession({ minikube: true }), 'kubectl get pods -n kube-system');
    expect(output).toBe(text`
      NAME                               READY   STATUS    RESTARTS   AGE
      coredns-6f6b679f8f-x8dqv           1/1     Running   0          10m
      etcd-minikube                      1/1     Running   0          10m
      kube-apiserver-minikube            1/1     Running   0          10m
      kube-controller-manager-minikube   1/1     Running   0          10m
      kube-proxy-q7xk2                   1/1     Running   0          10m
      kube-scheduler-minikube            1/1     Running   0          10m
      storage-provisioner                1/1     Running   0          10m`);
  });

  it('has the kubernetes and kube-dns Services', () => {
    const { output } = runLines(shopSession({ minikube: true }), 'kubectl get svc -A');
    expect(output.split('\n').slice(0, 2).join('\n')).toBe(text`
      NAMESPACE     NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
      default       kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP                  10m`);
  });
});

describe('kubectl get errors and empty results', () => {
  const cases: [string, string, number][] = [
    ['kubectl get pods', 'No resources found in default namespace.', 0],
    ['kubectl get deployments -A', 'No resources found', 0],
    ['kubectl get po nope -n shop', 'Error from server (NotFound): pods "nope" not found', 1],
    ['kubectl get deploy nope -n shop', 'Error from server (NotFound): deployments.apps "nope" not found', 1],
    ['kubectl get foo', 'error: the server doesn\'t have a resource type "foo"', 1],
    ['kubectl get selfsubjectaccessreviews', 'Error from server (MethodNotAllowed): the server does not allow this method on the requested resource', 1],
    ['kubectl get pods --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.", 1],
    ['kubectl get pods -x', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.", 1],
    ['kubectl get pods -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.", 1],
    [
      'kubectl get pods -o foo -n shop',
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
      1,
    ],
    ['kubectl get pods web -l app=web -n shop', 'error: name cannot be provided when a selector is specified', 1],
    // labels.Parse (k8s.io/apimachinery/pkg/labels/selector.go) through lib/sim/support/labelSelectorText
    ['kubectl get pods -n shop -l "app in (web"', "error: unable to parse requirement: found '', expected: ',' or ')'", 1],
    ['kubectl get pods -n shop -l "app=web,"', "error: found '', expected: identifier after ','", 1],
    [
      'kubectl get secrets -n shop --as pochoclo',
      'Error from server (Forbidden): secrets is forbidden: User "pochoclo" cannot list resource "secrets" in API group "" in the namespace "shop"',
      1,
    ],
    [
      'kubectl get secret db-password -n shop --as pochoclo',
      'Error from server (Forbidden): secrets "db-password" is forbidden: User "pochoclo" cannot get resource "secrets" in API group "" in the namespace "shop"',
      1,
    ],
    [
      'kubectl get nodes --as alice',
      'Error from server (Forbidden): nodes is forbidden: User "alice" cannot list resource "nodes" in API group "" at the cluster scope',
      1,
    ],
    [
      'kubectl get deploy -n shop --as alice',
      'Error from server (Forbidden): deployments.apps is forbidden: User "alice" cannot list resource "deployments" in API group "apps" in the namespace "shop"',
      1,
    ],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const { output, exitCode } = runLines(shopSession(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(code);
  });

  it('prints what it found and then the NotFound error', () => {
    const { output, exitCode } = runLines(shopSession(), 'kubectl get pods web nope -n shop');
    expect(output).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          10m\nError from server (NotFound): pods "nope" not found',
    );
    expect(exitCode).toBe(1);
  });

  it('explains a missing type like kubectl', () => {
    const { output, exitCode } = runLines(shopSession(), 'kubectl get');
    expect(output.split('\n')[0]).toBe('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.');
    expect(exitCode).toBe(1);
  });
});

describe('kubectl get -o yaml and -o json', () => {
  it('prints one object as sorted YAML with server metadata', () => {
    const { output } = runLines(shopSession(), 'kubectl get cm settings -n shop -o yaml');
    expect(output).toMatch(
      /^apiVersion: v1\ndata:\n  level: "3"\n  mode: fast\nkind: ConfigMap\nmetadata:\n  creationTimestamp: "2024-01-01T00:00:00Z"\n  name: settings\n  namespace: shop\n  resourceVersion: "\d+"\n  uid: [0-9a-f-]{36}$/,
    );
  });

  it('prints a List for several objects', () => {
    const { output } = runLines(shopSession(), 'kubectl get sa -n shop -o yaml');
    expect(output.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: ServiceAccount\n')).toBe(true);
    expect(output.endsWith('kind: List\nmetadata:\n  resourceVersion: ""')).toBe(true);
  });

  it('prints JSON with 4 spaces and sorted keys, secrets base64-encoded', () => {
    const { output } = runLines(shopSession(), 'kubectl get secret db-password -n shop -o json');
    const parsed = JSON.parse(output) as { data: Record<string, string>; kind: string };
    expect(parsed.kind).toBe('Secret');
    expect(parsed.data.password).toBe('aHVudGVyMjI=');
    expect(output.split('\n')[1]).toBe('    "apiVersion": "v1",');
  });
});

describe('runKubectl', () => {
  it('returns lines, exit code, the same cluster for reads, and no audit without a policy', () => {
    const session = shopSession();
    const result = runKubectl(session.cluster, 'kubectl get pods -n shop', { tick: 1 });
    expect(result.output[0]).toBe('NAME   READY   STATUS    RESTARTS   AGE');
    expect(result.exitCode).toBe(0);
    expect(result.cluster).toBe(session.cluster);
    expect(result.auditEvents).toEqual([]);
  });

  it('accepts `k` and a bare command line', () => {
    const session = shopSession();
    expect(runKubectl(session.cluster, 'k get ns shop', { tick: 1 }).output).toEqual(['NAME   STATUS   AGE', 'shop   Active   10m']);
    expect(runKubectl(session.cluster, 'get ns shop', { tick: 1 }).output).toEqual(['NAME   STATUS   AGE', 'shop   Active   10m']);
  });
});
