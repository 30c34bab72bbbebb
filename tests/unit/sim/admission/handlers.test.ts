import { describe, expect, it } from 'vitest';
import {
  applyJsonPatch,
  buildAttributes,
  denyPrivilegedHandler,
  imageClonerHandler,
  polarisHandler,
  type RequestAttributes,
} from '../../../../lib/sim/admission';
import { render } from '../../../../lib/i18n/messages';
import { deployment, pod, restrictedPod } from './fixtures';

function attrs(object: unknown): RequestAttributes {
  const built = buildAttributes({ operation: 'CREATE', object, user: 'u' });
  if (!built.ok) throw new Error(render('en', built.text));
  return built.attributes;
}

const privileged = { securityContext: { privileged: true } };

describe('deny-privileged', () => {
  it.each([
    ['a privileged container', pod('p', { privileged: true }), false, 'container "app"'],
    [
      'a privileged init container',
      { ...pod('p'), spec: { initContainers: [{ name: 'init', image: 'x', ...privileged }], containers: [{ name: 'app', image: 'x' }] } },
      false,
      'container "init"',
    ],
    [
      'a privileged ephemeral container',
      { ...pod('p'), spec: { containers: [{ name: 'app', image: 'x' }], ephemeralContainers: [{ name: 'dbg', image: 'x', ...privileged }] } },
      false,
      'container "dbg"',
    ],
    [
      'two privileged containers',
      pod('p', {
        containers: [
          { name: 'a', image: 'x', ...privileged },
          { name: 'b', image: 'x', ...privileged },
        ],
      }),
      false,
      'containers "a", "b" set',
    ],
    ['a Deployment template', deployment('d', { privileged: true }), false, 'container "app"'],
    [
      'a CronJob job template',
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'job', image: 'x', ...privileged }] } } } } },
      },
      false,
      'container "job"',
    ],
    ['privileged: false', pod('p', { containers: [{ name: 'a', image: 'x', securityContext: { privileged: false } }] }), true, ''],
    ['a ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, true, ''],
  ])('%s', (_name, object, allowed, detail) => {
    const r = denyPrivilegedHandler(attrs(object));
    expect(r.allowed).toBe(allowed);
    if (!allowed) {
      expect(r.message).toContain(detail);
      expect(r.text && render('es', r.text)).toMatch(/no se permiten contenedores privilegiados/);
    }
  });
});

describe('image-cloner', () => {
  it('rewrites containers and init containers (not ephemeral ones) to the backup registry', () => {
    const object = {
      ...pod('p'),
      spec: {
        initContainers: [{ name: 'i', image: 'busybox' }],
        containers: [
          { name: 'a', image: 'nginx:1.27' },
          { name: 'b', image: 'backup.registry.local/redis:7' },
        ],
        ephemeralContainers: [{ name: 'e', image: 'busybox' }],
      },
    };
    const r = imageClonerHandler(attrs(object));
    expect(r).toEqual({
      allowed: true,
      patch: [
        { op: 'replace', path: '/spec/initContainers/0/image', value: 'backup.registry.local/busybox' },
        { op: 'replace', path: '/spec/containers/0/image', value: 'backup.registry.local/nginx:1.27' },
      ],
    });
    const patched = applyJsonPatch(object, r.patch ?? []);
    expect(patched.ok).toBe(true);
    if (patched.ok) expect(imageClonerHandler(attrs(patched.document))).toEqual({ allowed: true });
  });

  it.each([
    ['Deployment', deployment('d'), '/spec/template/spec/containers/0/image'],
    [
      'CronJob',
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'j', image: 'alpine' }] } } } } },
      },
      '/spec/jobTemplate/spec/template/spec/containers/0/image',
    ],
    [
      'PodTemplate',
      { apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 't' }, template: { spec: { containers: [{ name: 'j', image: 'alpine' }] } } },
      '/template/spec/containers/0/image',
    ],
  ])('patches the pod template of a %s', (_kind, object, path) => {
    expect(imageClonerHandler(attrs(object)).patch?.[0].path).toBe(path);
  });
});

describe('polaris', () => {
  it('denies danger findings and lists their ids; allows a hardened pod', () => {
    const r = polarisHandler(attrs(pod('p', { privileged: true })));
    expect(r.allowed).toBe(false);
    expect(r.message).toMatch(/^Polaris prevented this deployment due to configuration problems: .*privileged/);
    const hardened = restrictedPod('ok') as { spec: Record<string, unknown> & { containers: Record<string, unknown>[] } };
    hardened.spec.automountServiceAccountToken = false;
    hardened.spec.containers[0].resources = { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' } };
    (hardened.spec.containers[0].securityContext as Record<string, unknown>).readOnlyRootFilesystem = true;
    expect(polarisHandler(attrs(hardened)).allowed).toBe(true);
  });
});

describe('applyJsonPatch', () => {
  const doc = { a: { b: [1, 2] }, 'x/y': 1, 't~': 2 };
  it.each([
    [[{ op: 'add', path: '/a/b/-', value: 3 }], { a: { b: [1, 2, 3] } }],
    [[{ op: 'add', path: '/a/b/0', value: 0 }], { a: { b: [0, 1, 2] } }],
    [[{ op: 'replace', path: '/a/b/1', value: 9 }], { a: { b: [1, 9] } }],
    [[{ op: 'remove', path: '/a/b/0' }], { a: { b: [2] } }],
    [[{ op: 'replace', path: '/x~1y', value: 5 }], { 'x/y': 5 }],
    [[{ op: 'remove', path: '/t~0' }], { 'x/y': 1 }],
    [[{ op: 'copy', from: '/a/b', path: '/c' }], { c: [1, 2] }],
    [[{ op: 'move', from: '/x~1y', path: '/z' }], { z: 1 }],
    [[{ op: 'test', path: '/a/b/0', value: 1 }], { a: { b: [1, 2] } }],
  ] as const)('%j', (ops, expected) => {
    const r = applyJsonPatch(doc, ops as never);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document).toMatchObject(expected);
    expect(doc.a.b).toEqual([1, 2]);
  });

  it.each([
    [[{ op: 'replace', path: '/nope', value: 1 }]],
    [[{ op: 'add', path: '/a/b/7', value: 1 }]],
    [[{ op: 'remove', path: '' }]],
    [[{ op: 'test', path: '/a/b/0', value: 2 }]],
    [[{ op: 'jump', path: '/a' }]],
    [[{ op: 'add', path: 'no-slash', value: 1 }]],
  ])('fails with a reason: %j', (ops) => {
    const r = applyJsonPatch(doc, ops as never);
    expect(r.ok).toBe(false);
  });
});
