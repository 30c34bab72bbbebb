// kubectl get --raw: kubectl pkg/cmd/get/get.go (raw GET, no positional arguments), the health
// endpoints (k8s.io/apiserver pkg/server/healthz: "ok"), /version (routes/version.go, Info),
// authorization of non-resource paths (system:public-info-viewer; others Forbidden).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const run = (line: string, user?: string, serverVersion?: string) => runShellLine(createShellSession({ user, serverVersion }), line);

describe('kubectl get --raw', () => {
  it.each(['/healthz', '/livez', '/readyz'])('%s answers ok, to anyone', (path) => {
    expect(run(`kubectl get --raw ${path}`)).toMatchObject({ exitCode: 0, output: 'ok' });
    expect(run(`kubectl get --raw ${path}`, 'ana')).toMatchObject({ exitCode: 0, output: 'ok' });
  });
  it("/version is the server's version", () => {
    expect(JSON.parse(run('kubectl get --raw /version', undefined, '1.33').output)).toMatchObject({ major: '1', minor: '33', gitVersion: 'v1.33.0' });
  });
  it('/api lists v1', () => {
    expect(JSON.parse(run('kubectl get --raw /api').output)).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
  });
  it('a path an ordinary user may not read is Forbidden', () => {
    expect(run('kubectl get --raw /metrics', 'ana').output).toBe('Error from server (Forbidden): forbidden: User "ana" cannot get path "/metrics"');
  });
  it('with a resource type it is refused', () => {
    expect(run('kubectl get pods --raw /healthz')).toMatchObject({ exitCode: 1, output: 'error: arguments may not be passed when --raw is specified' });
  });
});
