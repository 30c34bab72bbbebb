import { describe, expect, it } from 'vitest';
import { parseManifests } from '@/lib/sim';

describe('control-plane configuration files', () => {
  it.each([
    ['kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration'],
    ['apiserver.config.k8s.io/v1', 'EncryptionConfiguration'],
    ['apiserver.config.k8s.io/v1', 'AuthenticationConfiguration'],
  ])('%s %s is accepted (read from disk by the component, not an API object)', (apiVersion, kind) => {
    const { objects, diagnostics } = parseManifests(`apiVersion: ${apiVersion}\nkind: ${kind}\n`);
    expect(objects).toHaveLength(1);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('still rejects a made-up kind in a config group', () => {
    const { diagnostics } = parseManifests('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfig\n');
    expect(diagnostics.some((d) => d.severity === 'error' && d.code === 'unknown-kind')).toBe(true);
  });
});
