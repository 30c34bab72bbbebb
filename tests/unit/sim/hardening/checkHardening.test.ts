import { render } from '@/lib/i18n/messages';
import { LANGS, type Lang } from '@/lib/i18n/languages';
import { describe, expect, test } from 'vitest';
import { checkHardening, describeFinding, HARDENING_CHECKS, type Finding } from '@/lib/sim/hardening';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A pod that passes every check. */
function hardened(): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'api', namespace: 'shop' },
    spec: {
      serviceAccountName: 'api',
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'api',
          image: 'registry.local/api:1.4.2',
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        },
      ],
    },
  };
}

const C = 'spec.containers[0]';
const CS = `${C}.securityContext`;
const seen = new Set<string>();

const summary = (findings: Finding[]) => findings.map((f) => [f.id, f.path, f.severity]);

type Row = [string, (p: Obj) => void, [string, string, string][]];
const rows: Row[] = [
  ['hardened pod', () => {}, []],
  [
    'hostNetwork',
    (p) => {
      p.spec.hostNetwork = true;
    },
    [['host-network', 'spec.hostNetwork', 'danger']],
  ],
  [
    'hostPID',
    (p) => {
      p.spec.hostPID = true;
    },
    [['host-pid', 'spec.hostPID', 'danger']],
  ],
  [
    'hostIPC',
    (p) => {
      p.spec.hostIPC = true;
    },
    [['host-ipc', 'spec.hostIPC', 'danger']],
  ],
  [
    'hostNetwork false',
    (p) => {
      p.spec.hostNetwork = false;
    },
    [],
  ],
  [
    'hostPath volume',
    (p) => {
      p.spec.volumes = [
        { name: 'tmp', emptyDir: {} },
        { name: 'sock', hostPath: { path: '/var/run/docker.sock' } },
      ];
    },
    [['host-path-volume', 'spec.volumes[1].hostPath', 'danger']],
  ],
  [
    'no serviceAccountName',
    (p) => {
      delete p.spec.serviceAccountName;
    },
    [['default-service-account', 'spec.serviceAccountName', 'warning']],
  ],
  [
    'serviceAccountName: default',
    (p) => {
      p.spec.serviceAccountName = 'default';
    },
    [['default-service-account', 'spec.serviceAccountName', 'warning']],
  ],
  [
    'deprecated serviceAccount field',
    (p) => {
      delete p.spec.serviceAccountName;
      p.spec.serviceAccount = 'api';
    },
    [],
  ],
  [
    'token automounted, own ServiceAccount → info',
    (p) => {
      delete p.spec.automountServiceAccountToken;
    },
    [['automount-service-account-token', 'spec.automountServiceAccountToken', 'info']],
  ],
  [
    'token automounted, default ServiceAccount → warning',
    (p) => {
      delete p.spec.automountServiceAccountToken;
      delete p.spec.serviceAccountName;
    },
    [
      ['default-service-account', 'spec.serviceAccountName', 'warning'],
      ['automount-service-account-token', 'spec.automountServiceAccountToken', 'warning'],
    ],
  ],
  [
    // https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken
    'token projected by hand while automount is off → info, at the volume',
    (p) => {
      p.spec.volumes = [{ name: 'tok', projected: { sources: [{ configMap: { name: 'ca' } }, { serviceAccountToken: { path: 'token' } }] } }];
    },
    [['automount-service-account-token', 'spec.volumes[0].projected', 'info']],
  ],
  [
    'a projected volume without a token source → nothing',
    (p) => {
      p.spec.volumes = [{ name: 'cfg', projected: { sources: [{ configMap: { name: 'ca' } }] } }];
    },
    [],
  ],
  [
    'token explicitly mounted → info',
    (p) => {
      p.spec.automountServiceAccountToken = true;
      p.spec.serviceAccountName = 'default';
    },
    [
      ['default-service-account', 'spec.serviceAccountName', 'warning'],
      ['automount-service-account-token', 'spec.automountServiceAccountToken', 'info'],
    ],
  ],
  [
    'privileged (escalation then always allowed)',
    (p) => {
      p.spec.containers[0].securityContext.privileged = true;
    },
    [
      ['privileged-container', `${CS}.privileged`, 'danger'],
      ['allow-privilege-escalation', `${CS}.allowPrivilegeEscalation`, 'danger'],
    ],
  ],
  [
    'allowPrivilegeEscalation unset',
    (p) => {
      delete p.spec.containers[0].securityContext.allowPrivilegeEscalation;
    },
    [['allow-privilege-escalation', `${CS}.allowPrivilegeEscalation`, 'danger']],
  ],
  [
    'allowPrivilegeEscalation true',
    (p) => {
      p.spec.containers[0].securityContext.allowPrivilegeEscalation = true;
    },
    [['allow-privilege-escalation', `${CS}.allowPrivilegeEscalation`, 'danger']],
  ],
  [
    'pod-level allowPrivilegeEscalation false does not apply',
    (p) => {
      delete p.spec.containers[0].securityContext.allowPrivilegeEscalation;
      p.spec.securityContext.allowPrivilegeEscalation = false;
    },
    [['allow-privilege-escalation', `${CS}.allowPrivilegeEscalation`, 'danger']],
  ],
  [
    'no runAsNonRoot, no runAsUser',
    (p) => {
      p.spec.securityContext = {};
    },
    [['run-as-non-root', `${CS}.runAsNonRoot`, 'warning']],
  ],
  [
    'no runAsNonRoot but pod runAsUser 10001',
    (p) => {
      delete p.spec.securityContext.runAsNonRoot;
    },
    [],
  ],
  [
    'pod runAsNonRoot true, container false (container wins)',
    (p) => {
      p.spec.containers[0].securityContext.runAsNonRoot = false;
      p.spec.containers[0].securityContext.runAsUser = 0;
    },
    [
      ['run-as-non-root', `${CS}.runAsNonRoot`, 'warning'],
      ['run-as-root-user', `${CS}.runAsUser`, 'danger'],
    ],
  ],
  [
    'pod runAsNonRoot false, container unset',
    (p) => {
      p.spec.securityContext = { runAsNonRoot: false };
    },
    [['run-as-non-root', 'spec.securityContext.runAsNonRoot', 'warning']],
  ],
  [
    'container runAsUser 0 under pod runAsNonRoot true',
    (p) => {
      p.spec.containers[0].securityContext.runAsUser = 0;
    },
    [['run-as-root-user', `${CS}.runAsUser`, 'danger']],
  ],
  [
    'pod runAsUser 0 inherited',
    (p) => {
      p.spec.securityContext.runAsUser = 0;
    },
    [['run-as-root-user', 'spec.securityContext.runAsUser', 'danger']],
  ],
  [
    'pod runAsUser 0, container 1000 (container wins)',
    (p) => {
      p.spec.securityContext.runAsUser = 0;
      p.spec.containers[0].securityContext.runAsUser = 1000;
    },
    [],
  ],
  [
    'readOnlyRootFilesystem false',
    (p) => {
      p.spec.containers[0].securityContext.readOnlyRootFilesystem = false;
    },
    [['read-only-root-filesystem', `${CS}.readOnlyRootFilesystem`, 'warning']],
  ],
  [
    'pod-level readOnlyRootFilesystem does not apply',
    (p) => {
      delete p.spec.containers[0].securityContext.readOnlyRootFilesystem;
      p.spec.securityContext.readOnlyRootFilesystem = true;
    },
    [['read-only-root-filesystem', `${CS}.readOnlyRootFilesystem`, 'warning']],
  ],
  [
    'adds SYS_ADMIN (escalation then always allowed)',
    (p) => {
      p.spec.containers[0].securityContext.capabilities.add = ['SYS_ADMIN'];
    },
    [
      ['allow-privilege-escalation', `${CS}.allowPrivilegeEscalation`, 'danger'],
      ['capabilities-added-dangerous', `${CS}.capabilities.add`, 'danger'],
    ],
  ],
  [
    'adds CAP_NET_RAW',
    (p) => {
      p.spec.containers[0].securityContext.capabilities.add = ['CAP_NET_RAW'];
    },
    [['capabilities-added-dangerous', `${CS}.capabilities.add`, 'danger']],
  ],
  [
    'adds ALL',
    (p) => {
      p.spec.containers[0].securityContext.capabilities.add = ['ALL'];
    },
    [['capabilities-added-dangerous', `${CS}.capabilities.add`, 'danger']],
  ],
  [
    'adds NET_BIND_SERVICE',
    (p) => {
      p.spec.containers[0].securityContext.capabilities.add = ['NET_BIND_SERVICE'];
    },
    [],
  ],
  [
    'drop missing',
    (p) => {
      delete p.spec.containers[0].securityContext.capabilities;
    },
    [['capabilities-not-dropped', `${CS}.capabilities.drop`, 'warning']],
  ],
  [
    'drop [all] lowercase',
    (p) => {
      p.spec.containers[0].securityContext.capabilities.drop = ['all'];
    },
    [['capabilities-not-dropped', `${CS}.capabilities.drop`, 'warning']],
  ],
  [
    'hostPort',
    (p) => {
      p.spec.containers[0].ports = [{ containerPort: 80 }, { containerPort: 8080, hostPort: 8080 }];
    },
    [['host-port', `${C}.ports[1].hostPort`, 'warning']],
  ],
  [
    'hostPort 0',
    (p) => {
      p.spec.containers[0].ports = [{ containerPort: 80, hostPort: 0 }];
    },
    [],
  ],
  [
    'image without tag',
    (p) => {
      p.spec.containers[0].image = 'busybox';
    },
    [['image-tag-latest', `${C}.image`, 'warning']],
  ],
  [
    'image :latest',
    (p) => {
      p.spec.containers[0].image = 'busybox:latest';
    },
    [['image-tag-latest', `${C}.image`, 'warning']],
  ],
  [
    'registry with port, no tag',
    (p) => {
      p.spec.containers[0].image = 'registry.local:5000/team/nginx';
    },
    [['image-tag-latest', `${C}.image`, 'warning']],
  ],
  [
    'registry with port and tag',
    (p) => {
      p.spec.containers[0].image = 'registry.local:5000/team/nginx:1.27';
    },
    [],
  ],
  [
    'digest',
    (p) => {
      p.spec.containers[0].image = 'busybox@sha256:0123abcd';
    },
    [],
  ],
  // Read-only root and the paths well-known images write (nginx-unprivileged README, Docker Hub nginx and postgres docs).
  [
    'read-only nginx-unprivileged without /tmp',
    (p) => {
      p.spec.containers[0].image = 'nginxinc/nginx-unprivileged:1.27';
    },
    [['writable-path-missing', `${C}.volumeMounts`, 'warning']],
  ],
  [
    'read-only nginx-unprivileged with /tmp mounted',
    (p) => {
      p.spec.containers[0].image = 'docker.io/nginxinc/nginx-unprivileged:1.27';
      p.spec.containers[0].volumeMounts = [{ name: 'tmp', mountPath: '/tmp/' }];
    },
    [],
  ],
  [
    'read-only nginx-unprivileged with /tmp mounted readOnly',
    (p) => {
      p.spec.containers[0].image = 'nginxinc/nginx-unprivileged:1.27';
      p.spec.containers[0].volumeMounts = [{ name: 'tmp', mountPath: '/tmp', readOnly: true }];
    },
    [['writable-path-missing', `${C}.volumeMounts`, 'warning']],
  ],
  [
    'read-only nginx with its cache but not /run',
    (p) => {
      p.spec.containers[0].image = 'nginx:1.27';
      p.spec.containers[0].volumeMounts = [{ name: 'cache', mountPath: '/var/cache/nginx' }];
    },
    [['writable-path-missing', `${C}.volumeMounts`, 'warning']],
  ],
  [
    'read-only nginx with its cache and /run',
    (p) => {
      p.spec.containers[0].image = 'nginx:1.27';
      p.spec.containers[0].volumeMounts = [
        { name: 'cache', mountPath: '/var/cache/nginx' },
        { name: 'run', mountPath: '/run' },
      ];
    },
    [],
  ],
  [
    'read-only postgres from a registry with a port, data mounted above PGDATA',
    (p) => {
      p.spec.containers[0].image = 'registry.local:5000/postgres:17.2';
      p.spec.containers[0].volumeMounts = [
        { name: 'data', mountPath: '/var/lib/postgresql' },
        { name: 'run', mountPath: '/var/run/postgresql' },
      ];
    },
    [],
  ],
  [
    'writable root: nothing to mount',
    (p) => {
      p.spec.containers[0].image = 'nginxinc/nginx-unprivileged:1.27';
      p.spec.containers[0].securityContext.readOnlyRootFilesystem = false;
    },
    [['read-only-root-filesystem', `${CS}.readOnlyRootFilesystem`, 'warning']],
  ],
  [
    'no resources',
    (p) => {
      delete p.spec.containers[0].resources;
    },
    [
      ['cpu-requests-missing', `${C}.resources.requests.cpu`, 'warning'],
      ['cpu-limits-missing', `${C}.resources.limits.cpu`, 'info'],
      ['memory-requests-missing', `${C}.resources.requests.memory`, 'warning'],
      ['memory-limits-missing', `${C}.resources.limits.memory`, 'warning'],
    ],
  ],
  [
    'limits only (requests default to limits)',
    (p) => {
      delete p.spec.containers[0].resources.requests;
    },
    [],
  ],
  [
    'requests only',
    (p) => {
      delete p.spec.containers[0].resources.limits;
    },
    [
      ['cpu-limits-missing', `${C}.resources.limits.cpu`, 'info'],
      ['memory-limits-missing', `${C}.resources.limits.memory`, 'warning'],
    ],
  ],
  [
    'windows pod: Linux-only settings are not required',
    (p) => {
      p.spec.os = { name: 'windows' };
      p.spec.containers[0].securityContext = { runAsNonRoot: true };
      p.spec.securityContext = {};
    },
    [],
  ],
];

/** A finding's message and fix rendered in one language, as the lesson shows them. */
function findingIn(finding: Finding, lang: Lang): { message: string; fix: string } {
  const { message, fix } = describeFinding(finding);
  return { message: render(lang, message), fix: render(lang, fix) };
}

describe('every check, table-driven', () => {
  test.each(rows)('%s', (_name, tweak, expected) => {
    const pod = hardened();
    tweak(pod);
    const findings = checkHardening(pod);
    expect(summary(findings)).toEqual(expected);
    for (const f of findings) {
      seen.add(f.id);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(10);
      expect(f.text && f.fixText).toBeTruthy();
      // English text is the English rendering of the messages the lesson shows.
      expect(render('en', f.text ?? { code: '', params: {} })).toBe(f.message);
      expect(render('es', f.fixText ?? { code: '', params: {} })).not.toBe(f.fix);
      expect(f.container === undefined || f.container === 'api').toBe(true);
    }
  });

  test('every registry id is produced by some row', () => {
    expect([...seen].sort()).toEqual(HARDENING_CHECKS.map((c) => c.id).sort());
  });
});

describe('registry', () => {
  test('ids are unique kebab-case with a title, why and fix in every language', () => {
    const ids = HARDENING_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of HARDENING_CHECKS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const t of [c.title, c.why, c.fix]) {
        for (const lang of LANGS) expect(render(lang, t).length).toBeGreaterThan(3);
      }
    }
  });
});

describe('containers of every kind, workloads and other objects', () => {
  test('init containers are checked (resources too), ephemeral containers for security but not resources', () => {
    const pod = hardened();
    pod.spec.initContainers = [{ name: 'migrate', image: 'migrate:2', securityContext: { ...pod.spec.containers[0].securityContext, runAsUser: 0 } }];
    pod.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox:1.36', securityContext: { privileged: true } }];
    expect(summary(checkHardening(pod))).toEqual([
      ['run-as-root-user', 'spec.initContainers[0].securityContext.runAsUser', 'danger'],
      ['cpu-requests-missing', 'spec.initContainers[0].resources.requests.cpu', 'warning'],
      ['cpu-limits-missing', 'spec.initContainers[0].resources.limits.cpu', 'info'],
      ['memory-requests-missing', 'spec.initContainers[0].resources.requests.memory', 'warning'],
      ['memory-limits-missing', 'spec.initContainers[0].resources.limits.memory', 'warning'],
      ['privileged-container', 'spec.ephemeralContainers[0].securityContext.privileged', 'danger'],
      ['allow-privilege-escalation', 'spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation', 'danger'],
      ['read-only-root-filesystem', 'spec.ephemeralContainers[0].securityContext.readOnlyRootFilesystem', 'warning'],
      ['capabilities-not-dropped', 'spec.ephemeralContainers[0].securityContext.capabilities.drop', 'warning'],
    ]);
    expect(checkHardening(pod).find((f) => f.id === 'privileged-container')?.message).toBe(
      'ephemeral container "debug" runs privileged (securityContext.privileged: true): it has every capability and the node\'s devices',
    );
  });

  const wrap = (kind: string, pod: Obj): Obj => {
    const template = { metadata: { labels: { app: 'api' } }, spec: pod.spec };
    if (kind === 'CronJob') return { kind, metadata: { name: 'x' }, spec: { jobTemplate: { spec: { template } } } };
    if (kind === 'PodTemplate') return { kind, metadata: { name: 'x' }, template };
    return { kind, metadata: { name: 'x' }, spec: { template } };
  };
  test.each([
    ['Deployment', 'spec.template.spec'],
    ['ReplicaSet', 'spec.template.spec'],
    ['StatefulSet', 'spec.template.spec'],
    ['DaemonSet', 'spec.template.spec'],
    ['Job', 'spec.template.spec'],
    ['ReplicationController', 'spec.template.spec'],
    ['CronJob', 'spec.jobTemplate.spec.template.spec'],
    ['PodTemplate', 'template.spec'],
  ])('%s: paths are relative to the workload', (kind, prefix) => {
    const pod = hardened();
    pod.spec.hostPID = true;
    pod.spec.containers[0].securityContext.readOnlyRootFilesystem = false;
    expect(checkHardening(wrap(kind, pod)).map((f) => f.path)).toEqual([`${prefix}.hostPID`, `${prefix}.containers[0].securityContext.readOnlyRootFilesystem`]);
  });

  test.each([
    [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }],
    [{ apiVersion: 'v1', kind: 'Service', spec: { containers: [{ name: 'x', securityContext: { privileged: true } }] } }],
    [{ kind: 'Namespace' }],
    [null],
    [undefined],
    ['pod'],
    [42],
    [[hardened()]],
  ])('no findings for a non-workload: %j', (object) => {
    expect(checkHardening(object)).toEqual([]);
  });

  test('a pod without containers has only pod-level findings', () => {
    expect(checkHardening({ kind: 'Pod', spec: {} }).map((f) => f.id)).toEqual(['default-service-account', 'automount-service-account-token']);
  });
});

describe('ServiceAccount objects (options.serviceAccounts)', () => {
  const pod = hardened();
  delete pod.spec.automountServiceAccountToken;
  const sa = (automount: boolean, namespace = 'shop') => ({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'api', namespace },
    automountServiceAccountToken: automount,
  });
  test.each([
    ['ServiceAccount says false, pod unset → not mounted', [sa(false)], false],
    ['ServiceAccount says true → mounted', [sa(true)], true],
    ['ServiceAccount in another namespace does not count', [sa(false, 'other')], true],
    ['no ServiceAccounts given → assume mounted', [], true],
  ])('%s', (_name, serviceAccounts, mounted) => {
    expect(checkHardening(pod, { serviceAccounts }).some((f) => f.id === 'automount-service-account-token')).toBe(mounted);
  });
  test("the pod's explicit true overrides the ServiceAccount's false", () => {
    const p = hardened();
    p.spec.automountServiceAccountToken = true;
    expect(checkHardening(p, { serviceAccounts: [sa(false)] }).map((f) => f.id)).toEqual(['automount-service-account-token']);
  });
});

describe('words in English and Spanish', () => {
  const pod = hardened();
  pod.spec.containers[0].name = 'web';
  delete pod.spec.containers[0].securityContext.readOnlyRootFilesystem;
  pod.spec.containers[0].securityContext.capabilities.drop = ['all'];
  pod.spec.containers[0].ports = [{ containerPort: 80, hostPort: 80 }];
  const findings = checkHardening(pod);
  const byId = (id: string) => findings.find((f) => f.id === id) as Finding;

  test.each([
    [
      'read-only-root-filesystem',
      'en',
      'container "web" has a writable root filesystem: securityContext.readOnlyRootFilesystem is not set (it defaults to false)',
      'set securityContext.readOnlyRootFilesystem: true on container web, and mount an emptyDir volume where it must write (e.g. /tmp)',
    ],
    [
      'read-only-root-filesystem',
      'es',
      'el contenedor "web" tiene el sistema de archivos raíz escribible: securityContext.readOnlyRootFilesystem no está puesto (por defecto es false)',
      'poné securityContext.readOnlyRootFilesystem: true en el contenedor web y montá un volumen emptyDir donde tenga que escribir (por ejemplo /tmp)',
    ],
    [
      'capabilities-not-dropped',
      'en',
      'container "web" keeps the runtime\'s default capabilities: securityContext.capabilities.drop does not include "ALL" ("all" is not "ALL": capability names are case-sensitive)',
      'set securityContext.capabilities.drop: ["ALL"] on container web and add back only what it needs',
    ],
    ['host-port', 'es', 'el contenedor "web" ocupa el puerto 80 del nodo (hostPort)', 'sacá hostPort del contenedor web y exponé el puerto con un Service'],
  ] as const)('%s (%s)', (id, lang, message, fix) => {
    expect(findingIn(byId(id), lang)).toEqual({ message, fix });
  });

  test('describeFinding falls back to the registry in Spanish, and never throws', () => {
    const bare: Finding = { id: 'host-pid', severity: 'danger', message: 'm', path: 'spec.hostPID', fix: 'f' };
    expect(findingIn(bare, 'es')).toEqual({ message: 'Namespace de PID del host', fix: 'Sacá hostPID: true.' });
    expect(findingIn(bare, 'en')).toEqual({ message: 'm', fix: 'f' });
    expect(findingIn({ ...bare, id: 'unknown' }, 'es')).toEqual({ message: 'm', fix: 'f' });
    expect(findingIn(null as never, 'es')).toEqual({ message: '', fix: '' });
  });

  test('pod-level misplacement is explained', () => {
    const p = hardened();
    delete p.spec.containers[0].securityContext.readOnlyRootFilesystem;
    p.spec.securityContext.readOnlyRootFilesystem = true;
    const f = checkHardening(p)[0];
    expect(f.message).toContain("readOnlyRootFilesystem in the pod's securityContext has no effect (the field exists only on containers)");
    expect(render('es', f.text ?? { code: '', params: {} })).toContain('readOnlyRootFilesystem en el securityContext del pod no tiene efecto');
  });
});
