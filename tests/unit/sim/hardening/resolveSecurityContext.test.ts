// Precedence of securityContext settings: the container overrides the pod for shared fields;
// container-only fields never inherit. Several linters get this wrong; these rows pin it down.
import { describe, expect, test } from 'vitest';
import { extractPodView } from '@/lib/sim/podsecurity';
import { resolveSecurityContext, misplacedPodFields } from '@/lib/sim/hardening';

type Obj = Record<string, unknown>;

function effective(podSc: Obj | undefined, containerSc: Obj | undefined, extra: Obj = {}) {
  const pod = {
    kind: 'Pod',
    spec: { ...(podSc ? { securityContext: podSc } : {}), containers: [{ name: 'c', ...(containerSc ? { securityContext: containerSc } : {}), ...extra }] },
  };
  const view = extractPodView(pod, { defaults: false });
  if (!view.ok) throw new Error('not a pod');
  return resolveSecurityContext(view.pod, view.pod.containers[0]);
}

const C = 'spec.containers[0].securityContext';
const P = 'spec.securityContext';

describe('fields present at both levels: container wins, pod fills in', () => {
  test.each([
    ['pod true, container false → false (container)', { runAsNonRoot: true }, { runAsNonRoot: false }, 'runAsNonRoot', false, 'container', `${C}.runAsNonRoot`],
    ['pod false, container true → true (container)', { runAsNonRoot: false }, { runAsNonRoot: true }, 'runAsNonRoot', true, 'container', `${C}.runAsNonRoot`],
    ['pod true, container unset → true (pod)', { runAsNonRoot: true }, undefined, 'runAsNonRoot', true, 'pod', `${P}.runAsNonRoot`],
    ['both unset → false (default)', undefined, {}, 'runAsNonRoot', false, 'default', `${C}.runAsNonRoot`],
    ['pod runAsUser 1000, container unset → 1000 (pod)', { runAsUser: 1000 }, {}, 'runAsUser', 1000, 'pod', `${P}.runAsUser`],
    ['pod runAsUser 1000, container 0 → 0 (container)', { runAsUser: 1000 }, { runAsUser: 0 }, 'runAsUser', 0, 'container', `${C}.runAsUser`],
    ['pod runAsUser 0, container 1000 → 1000 (container)', { runAsUser: 0 }, { runAsUser: 1000 }, 'runAsUser', 1000, 'container', `${C}.runAsUser`],
    ['runAsUser unset → undefined (image decides)', {}, {}, 'runAsUser', undefined, 'default', `${C}.runAsUser`],
    ['runAsUser of the wrong type is ignored', { runAsUser: '0' }, {}, 'runAsUser', undefined, 'default', `${C}.runAsUser`],
    [
      'seccomp pod RuntimeDefault, container Unconfined → Unconfined',
      { seccompProfile: { type: 'RuntimeDefault' } },
      { seccompProfile: { type: 'Unconfined' } },
      'seccompProfileType',
      'Unconfined',
      'container',
      `${C}.seccompProfile.type`,
    ],
    [
      'seccomp pod RuntimeDefault, container unset → RuntimeDefault',
      { seccompProfile: { type: 'RuntimeDefault' } },
      {},
      'seccompProfileType',
      'RuntimeDefault',
      'pod',
      `${P}.seccompProfile.type`,
    ],
  ] as const)('%s', (_name, podSc, containerSc, field, value, source, path) => {
    expect(effective(podSc, containerSc)[field]).toEqual({ value, source, path });
  });
});

describe('container-only fields never inherit from a (misplaced) pod-level value', () => {
  test.each([
    ['readOnlyRootFilesystem', { readOnlyRootFilesystem: true }, false],
    ['allowPrivilegeEscalation', { allowPrivilegeEscalation: false }, true],
    ['privileged', { privileged: true }, false],
  ] as const)('pod-level %s is ignored', (field, podSc, value) => {
    expect(effective(podSc, {})[field]).toEqual({ value, source: 'default', path: `${C}.${field}` });
  });
  test('pod-level capabilities are ignored', () => {
    expect(effective({ capabilities: { drop: ['ALL'] } }, {}).capabilities).toEqual({ add: [], drop: [], path: `${C}.capabilities` });
  });
  test('misplacedPodFields lists them', () => {
    const view = extractPodView({ kind: 'Pod', spec: { securityContext: { readOnlyRootFilesystem: true, runAsUser: 1, capabilities: {} }, containers: [] } });
    expect(view.ok && misplacedPodFields(view.pod)).toEqual(['readOnlyRootFilesystem', 'capabilities']);
  });
});

describe('allowPrivilegeEscalation', () => {
  test.each([
    ['unset defaults to true', {}, true, 'default'],
    ['explicit false', { allowPrivilegeEscalation: false }, false, 'container'],
    ['privileged forces true', { privileged: true, allowPrivilegeEscalation: false }, true, 'container'],
    ['adding SYS_ADMIN forces true', { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } }, true, 'container'],
  ] as const)('%s', (_name, containerSc, value, source) => {
    expect(effective(undefined, containerSc).allowPrivilegeEscalation).toMatchObject({ value, source });
  });
});
