import { render } from '@/lib/i18n/messages';
import { verbatim } from '@/lib/sim/messages';
import { describe, expect, test } from 'vitest';
import { evaluatePodSecurity } from '@/lib/sim/podsecurity';
import { plainPod, restrictedPod, sc, workload, type Obj } from './helpers';

const checks = (pod: unknown, level: 'baseline' | 'restricted' | 'privileged', version?: string) =>
  evaluatePodSecurity(pod, level, version).violations.map((v) => v.check);

describe('semantics §7 edge cases', () => {
  test.each([
    [
      'P1 allowPrivilegeEscalation unset fails restricted',
      restrictedPod((p) => delete (p.spec.containers[0].securityContext as Obj).allowPrivilegeEscalation),
      'restricted',
      'latest',
      ['allowPrivilegeEscalation'],
    ],
    [
      'P1 baseline does not care',
      restrictedPod((p) => delete (p.spec.containers[0].securityContext as Obj).allowPrivilegeEscalation),
      'baseline',
      'latest',
      [],
    ],
    [
      'P2 drop [all] lowercase fails',
      restrictedPod((p) => {
        sc(p).capabilities = { drop: ['all'] };
      }),
      'restricted',
      'latest',
      ['capabilities_restricted'],
    ],
    [
      'P2 add NET_BIND_SERVICE with drop ALL passes',
      restrictedPod((p) => {
        sc(p).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] };
      }),
      'restricted',
      'latest',
      [],
    ],
    [
      'P2 add CHOWN fails restricted',
      restrictedPod((p) => {
        sc(p).capabilities = { drop: ['ALL'], add: ['CHOWN'] };
      }),
      'restricted',
      'latest',
      ['capabilities_restricted'],
    ],
    [
      'P2 add CHOWN passes baseline',
      restrictedPod((p) => {
        sc(p).capabilities = { drop: ['ALL'], add: ['CHOWN'] };
      }),
      'baseline',
      'latest',
      [],
    ],
    [
      'P3 pod true + container false fails',
      restrictedPod((p) => {
        sc(p).runAsNonRoot = false;
      }),
      'restricted',
      'latest',
      ['runAsNonRoot'],
    ],
    [
      'P3 pod unset + every container true passes',
      restrictedPod((p) => {
        delete (p.spec.securityContext as Obj).runAsNonRoot;
        sc(p).runAsNonRoot = true;
      }),
      'restricted',
      'latest',
      [],
    ],
    [
      'P4 runAsUser 0 fails from v1.23',
      restrictedPod((p) => {
        sc(p).runAsUser = 0;
      }),
      'restricted',
      'v1.23',
      ['runAsUser'],
    ],
    [
      'P4 runAsUser 0 passes at v1.22',
      restrictedPod((p) => {
        sc(p).runAsUser = 0;
      }),
      'restricted',
      'v1.22',
      [],
    ],
    [
      'P5 pod RuntimeDefault + container Unconfined fails',
      restrictedPod((p) => {
        sc(p).seccompProfile = { type: 'Unconfined' };
      }),
      'restricted',
      'latest',
      ['seccompProfile_restricted'],
    ],
    [
      'P5 pod unset + every container Localhost passes',
      restrictedPod((p) => {
        delete (p.spec.securityContext as Obj).seccompProfile;
        sc(p).seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' };
      }),
      'restricted',
      'latest',
      [],
    ],
  ] as const)('%s', (_name, pod, level, version, expected) => {
    expect(checks(pod, level, version)).toEqual(expected);
  });

  const unconfinedAnnotation = { ...plainPod(), metadata: { name: 'p', annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } } };
  test.each([
    ['v1.18', ['seccompProfile_baseline']],
    ['v1.19', []],
    ['latest', []],
  ])('P5 seccomp pod annotation "unconfined" at baseline:%s', (version, expected) => {
    expect(checks(unconfinedAnnotation, 'baseline', version)).toEqual(expected);
  });

  const windows = restrictedPod((p) => {
    p.spec.os = { name: 'windows' };
    delete (p.spec.securityContext as Obj).seccompProfile;
    delete p.spec.containers[0].securityContext;
  });
  test.each([
    ['v1.25', []],
    ['latest', []],
    ['v1.24', ['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted']],
  ])('P6 windows pod without seccomp/capabilities/APE at restricted:%s', (version, expected) => {
    expect(checks(windows, 'restricted', version)).toEqual(expected);
  });
  test('P6 windows still needs runAsNonRoot', () => {
    const pod = structuredClone(windows) as Obj;
    delete ((pod.spec as Obj).securityContext as Obj).runAsNonRoot;
    expect(checks(pod, 'restricted', 'latest')).toEqual(['runAsNonRoot']);
  });

  const unmasked = plainPod([{ name: 'c', image: 'i', securityContext: { procMount: 'Unmasked' } }], { hostUsers: false });
  test.each([
    ['baseline', 'v1.35', []],
    ['baseline', 'v1.34', ['procMount']],
    ['restricted', 'v1.35', ['procMount_restricted']],
  ] as const)('P7 hostUsers false + procMount Unmasked at %s:%s', (level, version, expected) => {
    expect(checks(unmasked, level, version).filter((c) => c.startsWith('procMount'))).toEqual(expected);
  });

  const probeHost = plainPod([{ name: 'c', image: 'i', livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } } }]);
  test.each([
    ['v1.33', []],
    ['v1.34', ['hostProbesAndHostLifecycle']],
    ['latest', ['hostProbesAndHostLifecycle']],
  ])('P8 livenessProbe.httpGet.host at baseline:%s', (version, expected) => {
    expect(checks(probeHost, 'baseline', version)).toEqual(expected);
  });

  test('P9 ephemeral containers are checked', () => {
    const pod = plainPod(undefined, { ephemeralContainers: [{ name: 'debugger', image: 'busybox', securityContext: { privileged: true } }] });
    const verdict = evaluatePodSecurity(pod, 'baseline');
    expect(verdict.violations[0]).toMatchObject({
      check: 'privileged',
      detail: 'container "debugger" must not set securityContext.privileged=true',
      paths: ['spec.ephemeralContainers[0].securityContext.privileged'],
    });
  });

  test.each([
    [{ level: 's0:c123,c456' }, []],
    [{ type: 'spc_t' }, ['seLinuxOptions']],
    [{ user: 'system_u' }, ['seLinuxOptions']],
    [{ role: 'system_r' }, ['seLinuxOptions']],
    [{ type: 'container_t' }, []],
  ])('P12 seLinuxOptions %j', (options, expected) => {
    expect(checks(plainPod(undefined, { securityContext: { seLinuxOptions: options } }), 'baseline')).toEqual(expected);
  });

  test('seLinuxOptions container_engine_t is allowed only from v1.31', () => {
    const pod = plainPod(undefined, { securityContext: { seLinuxOptions: { type: 'container_engine_t' } } });
    expect(checks(pod, 'baseline', 'v1.30')).toEqual(['seLinuxOptions']);
    expect(checks(pod, 'baseline', 'v1.31')).toEqual([]);
  });

  test.each([
    ['net.ipv4.tcp_rmem', 'v1.31', ['sysctls']],
    ['net.ipv4.tcp_rmem', 'v1.32', []],
    ['net.ipv4.ip_local_reserved_ports', 'v1.26', ['sysctls']],
    ['net.ipv4.ip_local_reserved_ports', 'v1.27', []],
    ['net.ipv4.tcp_keepalive_time', 'v1.28', ['sysctls']],
    ['net.ipv4.tcp_keepalive_time', 'v1.29', []],
    ['net.ipv4.tcp_notsent_lowat', 'v1.36', ['sysctls']],
    ['net.ipv4.tcp_notsent_lowat', 'v1.37', []],
    ['kernel.msgmax', 'latest', ['sysctls']],
  ])('P13 sysctl %s at baseline:%s', (name, version, expected) => {
    expect(checks(plainPod(undefined, { securityContext: { sysctls: [{ name, value: '1' }] } }), 'baseline', version)).toEqual(expected);
  });
});

describe('API defaulting before the checks (§2b)', () => {
  test('a volume with only a name becomes emptyDir and passes restricted', () => {
    const pod = restrictedPod((p) => {
      p.spec.volumes = [{ name: 'scratch' }];
    });
    expect(evaluatePodSecurity(pod, 'restricted').allowed).toBe(true);
  });
  test('a volume whose only key is unknown is also defaulted (unknown fields are dropped)', () => {
    expect(
      evaluatePodSecurity(
        restrictedPod((p) => {
          p.spec.volumes = [{ name: 'x', nfsx: {} }];
        }),
        'restricted',
      ).allowed,
    ).toBe(true);
  });
  test('hostNetwork Pod with a declared port fails hostNamespaces and hostPorts (hostPort defaulted)', () => {
    const pod = plainPod([{ name: 'c', image: 'i', ports: [{ containerPort: 8080 }] }], { hostNetwork: true });
    const verdict = evaluatePodSecurity(pod, 'baseline');
    expect(verdict.violations.map((v) => [v.check, v.detail])).toEqual([
      ['hostNamespaces', 'hostNetwork=true'],
      ['hostPorts', 'container "c" uses hostPort 8080'],
    ]);
    expect(verdict.violations[1].paths).toEqual(['spec.containers[0].ports[0].hostPort']);
  });
  test('the same template in a Deployment reports hostNamespaces only', () => {
    const pod = plainPod([{ name: 'c', image: 'i', ports: [{ containerPort: 8080 }] }], { hostNetwork: true });
    expect(checks(workload('Deployment', pod), 'baseline')).toEqual(['hostNamespaces']);
  });
  test('defaulting never mutates the input', () => {
    const pod = plainPod([{ name: 'c', image: 'i', ports: [{ containerPort: 8080 }] }], { hostNetwork: true, volumes: [{ name: 'v' }] });
    const before = JSON.stringify(pod);
    evaluatePodSecurity(pod, 'restricted');
    expect(JSON.stringify(pod)).toBe(before);
  });
});

describe('levels and versions', () => {
  const root = restrictedPod((p) => {
    sc(p).runAsUser = 0;
  });
  test.each([
    [undefined, 'latest', 37, undefined],
    ['latest', 'latest', 37, undefined],
    ['v1.22', 'v1.22', 22, undefined],
    ['v1.0', 'v1.0', 0, undefined],
    ['v1.99', 'v1.99', 37, 'version-newer-than-known'],
    ['v1.025', 'latest', 37, 'invalid-version'],
    ['1.25', 'latest', 37, 'invalid-version'],
    ['v1.25.0', 'latest', 37, 'invalid-version'],
    ['V1.25', 'latest', 37, 'invalid-version'],
    ['', 'latest', 37, 'invalid-version'],
    ['Latest', 'latest', 37, 'invalid-version'],
  ])('version %j is printed %s and evaluated at v1.%i', (version, label, minor, note) => {
    const verdict = evaluatePodSecurity(root, 'restricted', version);
    expect(verdict.version).toBe(label);
    expect(verdict.evaluatedMinor).toBe(minor);
    expect(verdict.notes?.map((n) => n.code)).toEqual(note ? [note] : []);
    expect(verdict.allowed).toBe(minor < 23);
  });

  test('an invalid level is evaluated as restricted (fail closed)', () => {
    const verdict = evaluatePodSecurity(plainPod(), 'Restricted' as never);
    expect(verdict.level).toBe('restricted');
    expect(verdict.allowed).toBe(false);
    expect(verdict.notes?.[0].code).toBe('invalid-level');
    expect(render('es', verdict.notes?.[0].message ?? verbatim(''))).toContain('se evalúa como "restricted"');
  });

  test('privileged runs no checks at any version', () => {
    const pod = plainPod([{ name: 'c', image: 'i', securityContext: { privileged: true } }], {
      hostPID: true,
      volumes: [{ name: 'h', hostPath: { path: '/' } }],
    });
    for (const version of ['v1.0', 'v1.20', 'latest']) expect(evaluatePodSecurity(pod, 'privileged', version)).toMatchObject({ allowed: true, violations: [] });
  });

  test('clusterVersion makes latest and newer versions mean that version', () => {
    const pod = plainPod([{ name: 'c', image: 'i', livenessProbe: { tcpSocket: { host: 'db', port: 5432 } } }]);
    expect(evaluatePodSecurity(pod, 'baseline', 'latest', { clusterVersion: 'v1.33' })).toMatchObject({ allowed: true, evaluatedMinor: 33 });
    expect(evaluatePodSecurity(pod, 'baseline', 'v1.34', { clusterVersion: '1.33' }).allowed).toBe(true);
    expect(evaluatePodSecurity(pod, 'baseline', 'latest', { clusterVersion: 'v1.34' }).allowed).toBe(false);
    expect(evaluatePodSecurity(pod, 'baseline', 'latest', { clusterVersion: 'nonsense' }).evaluatedMinor).toBe(37);
  });

  test('restricted below v1.8 has no allowPrivilegeEscalation check; below v1.19 no seccomp requirement', () => {
    const pod = plainPod(undefined, { securityContext: { runAsNonRoot: true } });
    expect(checks(pod, 'restricted', 'v1.7')).toEqual([]);
    expect(checks(pod, 'restricted', 'v1.8')).toEqual(['allowPrivilegeEscalation']);
    expect(checks(pod, 'restricted', 'v1.19')).toEqual(['allowPrivilegeEscalation', 'seccompProfile_restricted']);
    expect(checks(pod, 'restricted', 'v1.22')).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted']);
  });
});

describe('workloads are judged by their pod template', () => {
  const bad = plainPod([{ name: 'web', image: 'nginx', securityContext: { privileged: true } }]);
  test.each([
    ['Deployment', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['ReplicaSet', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['StatefulSet', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['DaemonSet', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['Job', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['ReplicationController', 'spec.template.spec.containers[0].securityContext.privileged'],
    ['CronJob', 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged'],
    ['PodTemplate', 'template.spec.containers[0].securityContext.privileged'],
  ])('%s', (kind, path) => {
    const verdict = evaluatePodSecurity(workload(kind, bad), 'baseline');
    expect(verdict.allowed).toBe(false);
    expect(verdict.violations).toHaveLength(1);
    expect(verdict.violations[0].paths).toEqual([path]);
  });
  test('template annotations are read from the template metadata', () => {
    const pod = { ...plainPod(), metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/web': 'unconfined' } } };
    const verdict = evaluatePodSecurity(workload('Deployment', pod), 'baseline');
    expect(verdict.violations[0].paths).toEqual(['spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]']);
  });
  test('a Deployment without a template evaluates an empty pod (allowed, as the API server)', () => {
    expect(evaluatePodSecurity({ kind: 'Deployment', metadata: { name: 'd' } }, 'restricted').allowed).toBe(true);
  });
  test('an object without kind but with spec.containers is taken as a Pod', () => {
    expect(checks({ spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] } }, 'baseline')).toEqual(['privileged']);
  });
});

describe('inputs that are not pods', () => {
  test.each([
    [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, 'kind "ConfigMap" has no pod template to evaluate', ['kind']],
    [{ kind: 'constructor' }, 'kind "constructor" has no pod template to evaluate', ['kind']],
    [null, 'the input has no pod spec to evaluate', ['']],
    ['pod', 'the input has no pod spec to evaluate', ['']],
    [[], 'the input has no pod spec to evaluate', ['']],
    [{ metadata: {} }, 'the input has no pod spec to evaluate', ['kind']],
  ])('%j is denied with notAPod at every level', (input, detail, paths) => {
    for (const level of ['privileged', 'baseline', 'restricted'] as const) {
      const verdict = evaluatePodSecurity(input, level);
      expect(verdict.allowed).toBe(false);
      expect(verdict.violations).toEqual([
        { check: 'notAPod', reason: 'not a pod', detail, paths, reasonText: expect.any(Object), detailText: expect.any(Object) },
      ]);
      expect(render('es', verdict.violations[0].reasonText ?? verbatim(''))).toBe('no es un pod');
      expect(verdict.notes?.map((n) => n.code)).toEqual(['not-a-pod']);
    }
  });
});

describe('hostile keys in learner YAML', () => {
  test('an own __proto__ key neither sets fields nor pollutes prototypes', async () => {
    const { load } = await import('js-yaml');
    const pod = load('kind: Pod\nspec:\n  containers:\n  - name: c\n    securityContext:\n      __proto__: {privileged: true}\n  __proto__: {hostPID: true}\n');
    expect(evaluatePodSecurity(pod, 'baseline')).toMatchObject({ allowed: true, violations: [] });
    expect(({} as Record<string, unknown>).privileged).toBeUndefined();
    expect(({} as Record<string, unknown>).hostPID).toBeUndefined();
  });
});
