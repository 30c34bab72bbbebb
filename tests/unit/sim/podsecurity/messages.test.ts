import { verbatim } from '@/lib/sim/messages';
// Exact reason/detail wording (the API server's PodSecurity messages) for every check.
import { render } from '@/lib/i18n/messages';
import { describe, expect, test } from 'vitest';
import { describePodSecurity, evaluatePodSecurity, podSecurityWarning } from '@/lib/sim/podsecurity';
import { plainPod, restrictedPod, sc, type Obj } from './helpers';

const c = (name: string, securityContext?: Obj, extra: Obj = {}): Obj => ({ name, image: 'i', ...(securityContext ? { securityContext } : {}), ...extra });

type Row = [string, 'baseline' | 'restricted', string, Obj, string, string, string];

const rows: Row[] = [
  [
    'hostNamespaces',
    'baseline',
    'latest',
    plainPod(undefined, { hostNetwork: true, hostPID: true, hostIPC: false }),
    'host namespaces',
    'hostNetwork=true, hostPID=true',
    'hostNetwork=true, hostPID=true',
  ],
  [
    'privileged (plural)',
    'baseline',
    'latest',
    plainPod([c('a', { privileged: true }), c('b', { privileged: true })]),
    'privileged',
    'containers "a", "b" must not set securityContext.privileged=true',
    'los contenedores "a", "b" no deben fijar securityContext.privileged=true',
  ],
  [
    'capabilities_baseline',
    'baseline',
    'latest',
    plainPod([c('a', { capabilities: { add: ['NET_RAW', 'SYS_ADMIN', 'NET_RAW', 'CHOWN'] } }), c('b', { capabilities: { add: ['NET_RAW'] } })]),
    'non-default capabilities',
    'containers "a", "b" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add',
    'los contenedores "a", "b" no deben incluir "NET_RAW", "SYS_ADMIN" en securityContext.capabilities.add',
  ],
  [
    'capabilities_baseline exact names',
    'baseline',
    'latest',
    plainPod([c('a', { capabilities: { add: ['CAP_CHOWN', 'chown', 'ALL'] } })]),
    'non-default capabilities',
    'container "a" must not include "ALL", "CAP_CHOWN", "chown" in securityContext.capabilities.add',
    'el contenedor "a" no debe incluir "ALL", "CAP_CHOWN", "chown" en securityContext.capabilities.add',
  ],
  [
    'hostPathVolumes',
    'baseline',
    'latest',
    plainPod(undefined, {
      volumes: [
        { name: 'a', hostPath: { path: '/' } },
        { name: 'e', emptyDir: {} },
        { name: 'b', hostPath: { path: '/x' } },
      ],
    }),
    'hostPath volumes',
    'volumes "a", "b"',
    'los volúmenes "a", "b"',
  ],
  [
    'hostPorts',
    'baseline',
    'latest',
    plainPod([
      c('a', undefined, {
        ports: [
          { containerPort: 80, hostPort: 8080 },
          { containerPort: 90, hostPort: 9 },
        ],
      }),
    ]),
    'hostPort',
    'container "a" uses hostPorts 8080, 9',
    'el contenedor "a" usa los hostPorts 8080, 9',
  ],
  [
    'appArmorProfile',
    'baseline',
    'latest',
    {
      ...plainPod([c('a', { appArmorProfile: { type: 'Unconfined' } })], { securityContext: { appArmorProfile: { type: 'Unconfined' } } }),
      metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/a': 'unconfined' } },
    },
    'forbidden AppArmor profiles',
    'pod and container "a" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/a="unconfined""',
    'el pod y el contenedor "a" y la anotación no deben fijar el tipo de perfil de AppArmor en "Unconfined", "container.apparmor.security.beta.kubernetes.io/a="unconfined""',
  ],
  [
    'seLinuxOptions',
    'baseline',
    'latest',
    plainPod([c('a', { seLinuxOptions: { type: 'spc_t', user: 'u' } })], { securityContext: { seLinuxOptions: { type: 'foo_t', role: 'r' } } }),
    'seLinuxOptions',
    'pod and container "a" set forbidden securityContext.seLinuxOptions: types "foo_t", "spc_t"; user may not be set; role may not be set',
    'el pod y el contenedor "a" fijan securityContext.seLinuxOptions prohibidas: tipos "foo_t", "spc_t"; no se puede fijar user; no se puede fijar role',
  ],
  [
    'procMount',
    'baseline',
    'latest',
    plainPod([c('a', { procMount: 'Unmasked' })]),
    'procMount',
    'container "a" must not set securityContext.procMount to "Unmasked"',
    'el contenedor "a" no debe fijar securityContext.procMount en "Unmasked"',
  ],
  [
    'seccompProfile_baseline fields',
    'baseline',
    'latest',
    plainPod([c('a', { seccompProfile: { type: 'Unconfined' } })], { securityContext: { seccompProfile: { type: 'Unconfined' } } }),
    'seccompProfile',
    'pod and container "a" must not set securityContext.seccompProfile.type to "Unconfined"',
    'el pod y el contenedor "a" no deben fijar securityContext.seccompProfile.type en "Unconfined"',
  ],
  [
    'seccompProfile_baseline annotations (v1.18)',
    'baseline',
    'v1.18',
    {
      ...plainPod([c('a')]),
      metadata: {
        annotations: {
          'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
          'container.seccomp.security.alpha.kubernetes.io/a': 'localhost/ok',
          'container.seccomp.security.alpha.kubernetes.io/other': 'unconfined',
        },
      },
    },
    'seccompProfile',
    'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined"',
    'anotación prohibida seccomp.security.alpha.kubernetes.io/pod="unconfined"',
  ],
  [
    'sysctls',
    'baseline',
    'latest',
    plainPod(undefined, { securityContext: { sysctls: [{ name: 'kernel.msgmax' }, { name: 'net.ipv4.tcp_syncookies' }, { name: 'vm.swappiness' }] } }),
    'forbidden sysctls',
    'kernel.msgmax, vm.swappiness',
    'kernel.msgmax, vm.swappiness',
  ],
  [
    'windowsHostProcess',
    'baseline',
    'latest',
    plainPod([c('a', { windowsOptions: { hostProcess: true } })], { securityContext: { windowsOptions: { hostProcess: true } } }),
    'hostProcess',
    'pod and container "a" must not set securityContext.windowsOptions.hostProcess=true',
    'el pod y el contenedor "a" no deben fijar securityContext.windowsOptions.hostProcess=true',
  ],
  [
    'hostProbesAndHostLifecycle',
    'baseline',
    'latest',
    plainPod([
      c('b', undefined, { readinessProbe: { tcpSocket: { host: 'db' } } }),
      c('a', undefined, { lifecycle: { preStop: { httpGet: { host: 'evil' } } } }),
    ]),
    'probe or lifecycle host',
    'containers "a", "b" use probe or lifecycle hosts "db", "evil"',
    'los contenedores "a", "b" usan los hosts "db", "evil" en sondas o lifecycle',
  ],
  [
    'allowPrivilegeEscalation',
    'restricted',
    'latest',
    restrictedPod((p) => {
      sc(p).allowPrivilegeEscalation = true;
    }),
    'allowPrivilegeEscalation != false',
    'container "web" must set securityContext.allowPrivilegeEscalation=false',
    'el contenedor "web" debe fijar securityContext.allowPrivilegeEscalation=false',
  ],
  [
    'capabilities_restricted',
    'restricted',
    'latest',
    restrictedPod((p) => {
      sc(p).capabilities = { add: ['SYS_ADMIN'] };
    }),
    'unrestricted capabilities',
    'container "web" must set securityContext.capabilities.drop=["ALL"]; container "web" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    'el contenedor "web" debe fijar securityContext.capabilities.drop=["ALL"]; el contenedor "web" no debe incluir "SYS_ADMIN" en securityContext.capabilities.add',
  ],
  [
    'restrictedVolumes',
    'restricted',
    'latest',
    restrictedPod((p) => {
      p.spec.volumes = [
        { name: 'v', nfs: { server: 's', path: '/' } },
        { name: 'w', hostPath: { path: '/' } },
      ];
    }),
    'restricted volume types',
    'volumes "v", "w" use restricted volume types "hostPath", "nfs"',
    'los volúmenes "v", "w" usan los tipos de volumen restringidos "hostPath", "nfs"',
  ],
  [
    'runAsNonRoot explicit',
    'restricted',
    'latest',
    restrictedPod((p) => {
      (p.spec.securityContext as Obj).runAsNonRoot = false;
      sc(p).runAsNonRoot = false;
    }),
    'runAsNonRoot != true',
    'pod and container "web" must not set securityContext.runAsNonRoot=false',
    'el pod y el contenedor "web" no deben fijar securityContext.runAsNonRoot=false',
  ],
  [
    'runAsNonRoot implicit',
    'restricted',
    'latest',
    restrictedPod((p) => {
      delete (p.spec.securityContext as Obj).runAsNonRoot;
    }),
    'runAsNonRoot != true',
    'pod or container "web" must set securityContext.runAsNonRoot=true',
    'el pod o el contenedor "web" debe fijar securityContext.runAsNonRoot=true',
  ],
  [
    'runAsUser',
    'restricted',
    'latest',
    restrictedPod((p) => {
      (p.spec.securityContext as Obj).runAsUser = 0;
    }),
    'runAsUser=0',
    'pod must not set runAsUser=0',
    'el pod no debe fijar runAsUser=0',
  ],
  [
    'seccompProfile_restricted implicit',
    'restricted',
    'latest',
    restrictedPod((p) => {
      delete (p.spec.securityContext as Obj).seccompProfile;
    }),
    'seccompProfile',
    'pod or container "web" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    'el pod o el contenedor "web" debe fijar securityContext.seccompProfile.type en "RuntimeDefault" o "Localhost"',
  ],
  [
    'procMount_restricted',
    'restricted',
    'latest',
    restrictedPod((p) => {
      p.spec.hostUsers = false;
      sc(p).procMount = 'Unmasked';
    }),
    'procMount',
    'container "web" must not set securityContext.procMount to "Unmasked"',
    'el contenedor "web" no debe fijar securityContext.procMount en "Unmasked"',
  ],
];

describe('reason and detail of every check', () => {
  test.each(rows)('%s', (_name, level, version, pod, reason, detail, detailEs) => {
    const verdict = evaluatePodSecurity(pod, level, version);
    expect(verdict.violations).toHaveLength(1);
    const [v] = verdict.violations;
    expect(v).toMatchObject({ reason, detail });
    expect(render('es', v.detailText ?? verbatim(''))).toBe(detailEs);
    // English words the facts exactly as upstream does.
    expect(render('en', v.detailText ?? verbatim(''))).toBe(detail);
    expect(render('en', v.reasonText ?? verbatim(''))).toBe(reason);
    expect(verdict.violations[0].paths.length).toBeGreaterThan(0);
  });
});

describe('message text', () => {
  const pod = plainPod([c('web')], { hostNetwork: true, volumes: [{ name: 'data', hostPath: { path: '/data' } }] });
  const verdict = evaluatePodSecurity(pod, 'restricted', 'latest');

  test('reasons come in check order: baseline ids sorted, then restricted ids sorted', () => {
    expect(verdict.violations.map((v) => v.check)).toEqual([
      'hostNamespaces',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
  });

  test('podSecurityWarning reproduces the API server text', () => {
    expect(podSecurityWarning(verdict, 'restricted', 'latest')).toBe(
      'violates PodSecurity "restricted:latest": host namespaces (hostNetwork=true), allowPrivilegeEscalation != false (container "web" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "web" must set securityContext.capabilities.drop=["ALL"]), restricted volume types (volume "data" uses restricted volume type "hostPath"), runAsNonRoot != true (pod or container "web" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "web" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
  });

  test.each([
    ['enforce', 'violates PodSecurity "baseline:v1.25": '],
    ['warn', 'would violate PodSecurity "baseline:v1.25": '],
    ['audit', 'would violate PodSecurity "baseline:v1.25": '],
  ] as const)('mode %s', (mode, prefix) => {
    const v = evaluatePodSecurity(pod, 'baseline', 'v1.25');
    expect(podSecurityWarning(v, 'baseline', 'v1.25', mode)).toBe(`${prefix}host namespaces (hostNetwork=true), hostPath volumes (volume "data")`);
  });

  test('invalid version prints latest; newer-than-known prints as given; allowed gives empty text', () => {
    expect(podSecurityWarning(verdict, 'restricted', 'v1.025')).toMatch(/^violates PodSecurity "restricted:latest": /);
    expect(podSecurityWarning(verdict, 'restricted', 'v1.99')).toMatch(/^violates PodSecurity "restricted:v1.99": /);
    expect(podSecurityWarning(evaluatePodSecurity(restrictedPod(), 'restricted'), 'restricted', 'latest')).toBe('');
  });

  test('a violation without detail shows its reason alone', () => {
    expect(podSecurityWarning({ allowed: false, violations: [{ check: 'x', reason: 'x', detail: '', paths: [] }] }, 'baseline')).toBe(
      'violates PodSecurity "baseline:latest": x',
    );
  });

  test('describePodSecurity in English and Spanish', () => {
    const en = render('en', describePodSecurity(verdict));
    const es = render('es', describePodSecurity(verdict));
    expect(en.split('\n')[0]).toBe('Denied by PodSecurity "restricted:latest": 6 checks failed:');
    expect(en).toContain('- [restrictedVolumes] restricted volume types: volume "data" uses restricted volume type "hostPath"');
    expect(es.split('\n')[0]).toBe('Rechazado por PodSecurity "restricted:latest": fallaron 6 controles:');
    expect(es).toContain('- [hostNamespaces] namespaces del host: hostNetwork=true');
    expect(es).toContain('el pod o el contenedor "web" debe fijar securityContext.runAsNonRoot=true');
    expect(render('es', describePodSecurity(evaluatePodSecurity(restrictedPod(), 'restricted')))).toBe(
      'Permitido por PodSecurity "restricted:latest": ningún control falló.',
    );
    expect(render('en', describePodSecurity(evaluatePodSecurity(pod, 'privileged')))).toBe(
      'Allowed by PodSecurity "privileged:latest": the privileged level runs no checks.',
    );
    expect(render('es', describePodSecurity(evaluatePodSecurity(pod, 'baseline', 'v1.99')))).toContain('Nota: v1.99 es más nueva que este API server (v1.37)');
  });
});
