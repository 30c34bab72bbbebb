import { describe, expect, it } from 'vitest';
import { buildFlagSet, parseGoBool, parseGoDuration, runControlPlaneChecks } from '@/lib/sim/controlplane';
import { resultOf, staticPod } from './helpers';

const flagsOf = (container: Record<string, unknown>) => buildFlagSet('kube-apiserver', container, 'spec.containers[0]');

describe('flag forms', () => {
  it('--flag=value and --flag value', () => {
    const flags = flagsOf({ command: ['kube-apiserver', '--audit-log-path=/a.log', '--audit-policy-file', '/p.yaml'] });
    expect(flags.last('audit-log-path')).toEqual({ name: 'audit-log-path', value: '/a.log', path: 'spec.containers[0].command[1]' });
    expect(flags.last('audit-policy-file')).toEqual({ name: 'audit-policy-file', value: '/p.yaml', path: 'spec.containers[0].command[2]' });
    expect(flags.stray).toEqual([]);
  });
  it('a bare boolean flag is true and never takes the next word', () => {
    const flags = flagsOf({ command: ['kube-apiserver', '--profiling', 'false', '--anonymous-auth'] });
    expect(flags.last('profiling')?.value).toBe('true');
    expect(flags.last('anonymous-auth')?.value).toBe('true');
    expect(flags.stray).toEqual([{ text: 'false', path: 'spec.containers[0].command[2]' }]);
  });
  it('"--profiling false" fails the profiling check and the stray-argument check', () => {
    const pod = staticPod('kube-apiserver', ['--profiling', 'false']);
    expect(resultOf([pod], 'apiserver-profiling')?.status).toBe('fail');
    expect(resultOf([pod], 'controlplane-stray-argument')).toMatchObject({
      status: 'fail',
      path: 'spec.containers[0].command[2]',
      component: 'kube-apiserver',
    });
  });
  it('underscores and dashes are the same flag (WordSepNormalizeFunc)', () => {
    expect(flagsOf({ command: ['kube-apiserver', '--audit_log_path=/x'] }).last('audit-log-path')?.value).toBe('/x');
  });
  it('a flag without a value at the end is empty', () => {
    expect(flagsOf({ command: ['kube-apiserver', '--audit-log-path'] }).last('audit-log-path')?.value).toBe('');
  });
  it('command and args are read in order; paths say which', () => {
    const flags = flagsOf({ command: ['/usr/local/bin/kube-apiserver'], args: ['--profiling=false', '--v=2'] });
    expect(flags.last('profiling')?.path).toBe('spec.containers[0].args[0]');
    expect(flags.insertPath).toBe('spec.containers[0].command');
    expect(flagsOf({ args: ['--v=2'] }).insertPath).toBe('spec.containers[0].args');
  });
  it('a shell line is split into words', () => {
    const flags = flagsOf({ command: ['sh', '-c', 'exec kube-apiserver --profiling=false --audit-log-path=/a'] });
    expect(flags.last('profiling')).toEqual({ name: 'profiling', value: 'false', path: 'spec.containers[0].command[2]' });
    expect(flags.stray).toEqual([]);
  });
  it('numbers and booleans in YAML lists are read as text', () => {
    expect(flagsOf({ command: ['kube-apiserver', '--secure-port', 6443] }).last('secure-port')?.value).toBe('6443');
  });
});

describe('which containers are control-plane components', () => {
  const ids = (objects: unknown[]) => [...new Set(runControlPlaneChecks(objects).map((r) => `${r.component}@${r.objectIndex}`))];
  it('by command, name or image; other containers and kinds are ignored', () => {
    const byImage = {
      kind: 'Pod',
      metadata: { name: 'x' },
      spec: { containers: [{ name: 'main', image: 'registry.k8s.io/kube-scheduler:v1.30.0', args: ['--profiling=false'] }] },
    };
    const byName = { kind: 'Pod', metadata: { name: 'y' }, spec: { containers: [{ name: 'etcd', image: 'quay.io/coreos/etcd@sha256:abc' }] } };
    const sidecar = {
      kind: 'Pod',
      metadata: { name: 'z' },
      spec: { containers: [{ name: 'nginx', image: 'nginx', command: ['nginx', '-g', 'daemon off;'] }] },
    };
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'cm' },
      spec: { template: { spec: { containers: [{ name: 'c', image: 'x', command: ['kube-controller-manager'] }] } } },
    };
    expect(ids([staticPod('kube-apiserver', []), byImage, byName, sidecar, deployment, { kind: 'ConfigMap' }, null, 'junk'])).toEqual([
      'kube-apiserver@0',
      'kube-scheduler@1',
      'etcd@2',
      'kube-controller-manager@4',
    ]);
  });
  it('workload paths go through the pod template', () => {
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'cm' },
      spec: { template: { spec: { containers: [{ name: 'c', command: ['kube-controller-manager', '--profiling=true'] }] } } },
    };
    expect(resultOf([deployment], 'controller-manager-profiling')?.path).toBe('spec.template.spec.containers[0].command[1]');
  });
  it('nothing to check → no results', () => {
    expect(runControlPlaneChecks([])).toEqual([]);
    expect(runControlPlaneChecks('nope' as unknown as unknown[])).toEqual([]);
  });
});

describe('Go value parsing', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['T', true],
    ['True', true],
    ['false', false],
    ['0', false],
    ['F', false],
    ['FALSE', false],
    ['yes', null],
    ['', null],
    ['tRuE', null],
  ] as const)('ParseBool(%s) → %s', (text, value) => {
    expect(parseGoBool(text)).toBe(value);
  });
  it.each([
    ['0', 0],
    ['0s', 0],
    ['4h0m0s', 14400],
    ['5m', 300],
    ['1h30m', 5400],
    ['1.5h', 5400],
    ['300ms', 0.3],
    ['-1s', -1],
    ['5', null],
    ['forever', null],
    ['', null],
  ] as const)('ParseDuration(%s) → %s', (text, seconds) => {
    const got = parseGoDuration(text);
    if (seconds === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(seconds);
  });
});
