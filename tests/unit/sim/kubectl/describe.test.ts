// `kubectl describe`: the layouts of kubectl's describers (tabwriter padding 2, levels of two
// spaces) for RBAC objects, NetworkPolicies, Services, ServiceAccounts, ConfigMaps, pods.
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, shopSession, text } from '../shell/helpers';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: front, namespace: shop, labels: {app: front}}
spec:
  replicas: 2
  selector: {matchLabels: {app: front}}
  template:
    metadata: {labels: {app: front}}
    spec:
      containers:
        - {name: app, image: nginx:1.27}
`;

describe('kubectl describe deployment', () => {
  it('shows the rollout, the pod template, conditions, the ReplicaSet and its events', () => {
    const session = createShellSession({ objects: objectsOf(DEPLOYMENT), minikube: false });
    const lines = runLines(session, 'kubectl describe deploy front -n shop').output.split('\n');
    expect(lines.slice(0, 22)).toEqual([
      'Name:                   front',
      'Namespace:              shop',
      'CreationTimestamp:      Mon, 01 Jan 2024 00:00:00 +0000',
      'Labels:                 app=front',
      'Annotations:            deployment.kubernetes.io/revision: 1',
      'Selector:               app=front',
      'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
      'StrategyType:           RollingUpdate',
      'MinReadySeconds:        0',
      'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
      'Pod Template:',
      '  Labels:  app=front',
      '  Containers:',
      '   app:',
      '    Image:         nginx:1.27',
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
    ]);
    expect(lines.slice(22, 29)).toEqual([
      'Conditions:',
      '  Type           Status  Reason',
      '  ----           ------  ------',
      '  Available      True    MinimumReplicasAvailable',
      '  Progressing    True    NewReplicaSetAvailable',
      'OldReplicaSets:  <none>',
      expect.stringMatching(/^NewReplicaSet:   front-[a-z0-9]+ \(2\/2 replicas created\)$/) as unknown as string,
    ]);
    expect(lines[lines.length - 1]).toMatch(/^ {2}Normal {2}ScalingReplicaSet {2}10m {3}deployment-controller {2}Scaled up replica set front-[a-z0-9]+ to 2$/);
  });
});

describe('kubectl describe', () => {
  const cases: [string, string][] = [
    [
      'kubectl describe role pod-reader -n shop',
      text`
      Name:         pod-reader
      Labels:       <none>
      Annotations:  <none>
      PolicyRule:
        Resources  Non-Resource URLs  Resource Names  Verbs
        ---------  -----------------  --------------  -----
        pods       []                 []              [get list]
        pods/log   []                 []              [get]`,
    ],
    [
      'kubectl describe clusterrole secret-reader',
      text`
      Name:         secret-reader
      Labels:       <none>
      Annotations:  <none>
      PolicyRule:
        Resources  Non-Resource URLs  Resource Names  Verbs
        ---------  -----------------  --------------  -----
        secrets    []                 [db-password]   [get]`,
    ],
    [
      'kubectl describe rolebinding read-pods -n shop',
      `${text`
      Name:         read-pods
      Labels:       <none>
      Annotations:  <none>
      Role:
        Kind:  Role
        Name:  pod-reader
      Subjects:
        Kind            Name   Namespace
        ----            ----   ---------`}\n  User            alice  \n  ServiceAccount  api    shop`,
    ],
    [
      'kubectl describe clusterrolebinding ops-read-secret',
      `${text`
      Name:         ops-read-secret
      Labels:       <none>
      Annotations:  <none>
      Role:
        Kind:  ClusterRole
        Name:  secret-reader
      Subjects:
        Kind   Name  Namespace
        ----   ----  ---------`}\n  Group  ops   `,
    ],
    [
      'kubectl describe networkpolicy api-from-web -n shop',
      text`
      Name:         api-from-web
      Namespace:    shop
      Created on:   2024-01-01 00:00:00 +0000 UTC
      Labels:       <none>
      Annotations:  <none>
      Spec:
        PodSelector:     app=api
        Allowing ingress traffic:
          To Port: 8080/TCP
          From:
            PodSelector: app=web
        Not affecting egress traffic
        Policy Types: Ingress`,
    ],
    [
      'kubectl describe svc api -n shop',
      text`
      Name:                     api
      Namespace:                shop
      Labels:                   <none>
      Annotations:              <none>
      Selector:                 app=api
      Type:                     ClusterIP
      IP Family Policy:         SingleStack
      IP Families:              IPv4
      IP:                       10.96.10.11
      IPs:                      10.96.10.11
      Port:                     http  80/TCP
      TargetPort:               http/TCP
      Endpoints:                10.244.0.11:8080
      Session Affinity:         None
      Internal Traffic Policy:  Cluster
      Events:                   <none>`,
    ],
    [
      'kubectl describe sa api -n shop',
      text`
      Name:                api
      Namespace:           shop
      Labels:              <none>
      Annotations:         <none>
      Image pull secrets:  <none>
      Mountable secrets:   <none>
      Tokens:              <none>
      Events:              <none>`,
    ],
    [
      'kubectl describe cm settings -n shop',
      'Name:         settings\nNamespace:    shop\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\nlevel:\n----\n3\nmode:\n----\nfast\n\nBinaryData\n====\n\nEvents:  <none>',
    ],
    [
      'kubectl describe secret db-password -n shop',
      'Name:         db-password\nNamespace:    shop\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  8 bytes',
    ],
    [
      'kubectl describe ns shop',
      'Name:         shop\nLabels:       kubernetes.io/metadata.name=shop\n              team=shop\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.',
    ],
  ];
  it.each(cases)('%s', (line, expected) => {
    const { output, exitCode } = runLines(shopSession(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(0);
  });

  it('describes a pod: identity, node, containers, token volume, QoS, tolerations, events', () => {
    const { output } = runLines(shopSession(), 'kubectl describe pod web -n shop');
    const lines = output.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'Name:             web',
      'Namespace:        shop',
      'Priority:         0',
      'Service Account:  default',
      'Node:             minikube/192.168.49.2',
      'Start Time:       Mon, 01 Jan 2024 00:00:00 +0000',
      'Labels:           app=web',
      '                  tier=front',
      'Annotations:      <none>',
      'Status:           Running',
      'IP:               10.244.0.10',
      'IPs:',
    ]);
    expect(lines).toContain('    Image:          nginx:1.27');
    expect(lines).toContain('    Port:           80/TCP');
    expect(lines).toContain('    Restart Count:  0');
    expect(lines.some((l) => /^ {6}\/var\/run\/secrets\/kubernetes\.io\/serviceaccount from kube-api-access-[a-z0-9]{5} \(ro\)$/.test(l))).toBe(true);
    expect(lines).toContain('  PodReadyToStartContainers   True ');
    expect(lines).toContain('    TokenExpirationSeconds:  3607');
    expect(lines).toContain('QoS Class:                   BestEffort');
    expect(lines).toContain('Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s');
    expect(lines.slice(-8)).toEqual([
      'Events:',
      '  Type    Reason     Age   From               Message',
      '  ----    ------     ----  ----               -------',
      '  Normal  Scheduled  10m   default-scheduler  Successfully assigned shop/web to minikube',
      '  Normal  Pulling    10m   kubelet            Pulling image "nginx:1.27"',
      '  Normal  Pulled     10m   kubelet            Successfully pulled image "nginx:1.27" in 1.2s (1.2s including waiting)',
      '  Normal  Created    10m   kubelet            Created container nginx',
      '  Normal  Started    10m   kubelet            Started container nginx',
    ]);
  });

  it('matches a name prefix, like kubectl', () => {
    const { output } = runLines(shopSession(), 'kubectl describe pod we -n shop');
    expect(output.split('\n')[0]).toBe('Name:             web');
  });

  it('separates several objects with two blank lines', () => {
    const { output } = runLines(shopSession(), 'kubectl describe sa -n shop');
    expect(output).toContain('Events:              <none>\n\n\nName:                default');
  });

  it('reports NotFound and a missing type', () => {
    expect(runLines(shopSession(), 'kubectl describe pod nope -n shop')).toMatchObject({
      output: 'Error from server (NotFound): pods "nope" not found',
      exitCode: 1,
    });
    expect(runLines(shopSession(), 'kubectl describe').exitCode).toBe(1);
  });

  it('describes what the learner may not read as Forbidden', () => {
    const { output, exitCode } = runLines(shopSession(), 'kubectl describe secret db-password -n shop --as alice');
    expect(output).toBe(
      'Error from server (Forbidden): secrets "db-password" is forbidden: User "alice" cannot get resource "secrets" in API group "" in the namespace "shop"',
    );
    expect(exitCode).toBe(1);
  });
});
