// One server version per world (lib/sim/version). Upstream: k8s.io/apimachinery/pkg/version/types.go
// (Info), kubectl pkg/cmd/version/version.go, https://kubernetes.io/releases/.
import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';
import { createShellSession, runShellLine } from '@/lib/sim/shell';
import { DEFAULT_SERVER_VERSION, parseServerVersion, versionInfo, versionOf } from '@/lib/sim/version';

describe('parseServerVersion', () => {
  it.each([
    ['1.35', 35],
    ['v1.34', 34],
    ['v1.33.2', 33],
    [' 1.31 ', 31],
    [1.32, 32],
    ['1.30', 30],
    ['1.37', 37],
  ])('%j → 1.%i', (input, minor) => {
    expect(parseServerVersion(input)?.minor).toBe(minor);
    expect(parseServerVersion(input)?.gitVersion).toBe(`v1.${minor}.0`);
  });
  it.each([['2.0'], ['1.29'], ['1.38'], ['latest'], [''], [null], [{}], ['v1'], ['1.35-beta']])('%j is not a usable version', (input) => {
    expect(parseServerVersion(input)).toBeUndefined();
  });
});

describe('the cluster carries its version', () => {
  it('defaults to 1.35, the version the lessons teach', () => {
    expect(DEFAULT_SERVER_VERSION.gitVersion).toBe('v1.35.0');
    expect(createCluster([]).serverVersion.minor).toBe(35);
  });
  it('createCluster({serverVersion}) sets it; junk falls back to the default', () => {
    expect(createCluster([], { serverVersion: '1.31' }).serverVersion.gitVersion).toBe('v1.31.0');
    expect(createCluster([], { serverVersion: 'nonsense' }).serverVersion.minor).toBe(35);
    expect(versionOf({})).toBe(DEFAULT_SERVER_VERSION);
  });
  it('/version has the emulation fields from 1.33 (Info in apimachinery pkg/version/types.go)', () => {
    expect(versionInfo(parseServerVersion('1.35')!)).toMatchObject({
      major: '1',
      minor: '35',
      emulationMinor: '35',
      minCompatibilityMinor: '34',
      gitVersion: 'v1.35.0',
    });
    expect(versionInfo(parseServerVersion('1.32')!)).not.toHaveProperty('emulationMinor');
  });
});

describe('kubectl sees the version (kubectl pkg/cmd/version/version.go)', () => {
  const run = (line: string, serverVersion?: string) => runShellLine(createShellSession({ serverVersion }), line).output;
  it('kubectl version prints client, Kustomize and server versions', () => {
    expect(run('kubectl version')).toBe('Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0');
    expect(run('kubectl version', '1.31')).toBe('Client Version: v1.31.0\nKustomize Version: v5.4.2\nServer Version: v1.31.0');
    expect(run('kubectl version --client', '1.33')).toBe('Client Version: v1.33.0\nKustomize Version: v5.6.0');
  });
  it('-o json has clientVersion, kustomizeVersion and serverVersion; a bad -o is refused', () => {
    const json = JSON.parse(run('kubectl version -o json', '1.34'));
    expect(json.serverVersion.gitVersion).toBe('v1.34.0');
    expect(json.clientVersion.minor).toBe('34');
    expect(json.kustomizeVersion).toBe('v5.7.1');
    expect(run('kubectl version -o wide')).toBe("error: --output must be 'yaml' or 'json'");
  });
  it('the node runs the same kubelet version', () => {
    expect(run('kubectl get nodes', '1.32')).toMatch(/minikube\s+Ready\s+control-plane\s+\S+\s+v1\.32\.0/);
    expect(run('kubectl get nodes')).toMatch(/v1\.35\.0/);
  });
  it('a session built from a cluster keeps its version, and so does every write', () => {
    let session = createShellSession({ cluster: createCluster([], { serverVersion: '1.30' }) });
    session = runShellLine(session, 'kubectl create namespace team').session;
    expect(session.cluster.serverVersion.minor).toBe(30);
    expect(runShellLine(session, 'kubectl version').output).toMatch(/Server Version: v1\.30\.0/);
  });
});
