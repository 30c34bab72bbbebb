// `npm run kubectl -- --world <file> <args>`: scripts/kubectl.ts run as a process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOP_WORLD } from '../shell/helpers';

const ROOT = join(__dirname, '..', '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kubectl-cli-'));
const world = join(dir, 'world.yaml');
writeFileSync(world, SHOP_WORLD);
const role = join(dir, 'role.yaml');
writeFileSync(
  role,
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: extra\n  namespace: shop\nrules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n',
);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'kubectl.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('scripts/kubectl.ts', () => {
  it('runs a kubectl command on a world file', () => {
    const { stdout, status } = cli('--world', world, 'get', 'pods', '-n', 'shop');
    expect(stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\napi    1/1     Running   0          10m\nweb    1/1     Running   0          10m\n');
    expect(status).toBe(0);
  }, 60_000);

  it("exits with kubectl's code and reads -f files from disk", () => {
    const denied = cli('--world', world, 'auth', 'can-i', 'delete', 'pods', '--as', 'alice', '-n', 'shop');
    expect(denied.stdout).toBe('no\n');
    expect(denied.status).toBe(1);
    const applied = cli('--world', world, 'apply', '-f', role);
    expect(applied.stdout).toBe('role.rbac.authorization.k8s.io/extra created\n');
    expect(applied.status).toBe(0);
  }, 60_000);

  it('explains its usage', () => {
    const { stderr, status } = cli('--world');
    expect(stderr).toContain('usage: npm run kubectl');
    expect(status).toBe(2);
  }, 60_000);
});
