// Every shared RBAC conformance case (tests/conformance/rbac-cases.json, format in README.md)
// through createCluster + authorize, exactly as the public surface answers it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../lib/sim/cluster';
import { authorize } from '../../lib/sim/rbac';
import type { AccessRequest } from '../../lib/sim/types';

interface RbacCase {
  id: string;
  title: string;
  objects: unknown[];
  request: {
    user: { name: string; groups?: string[] };
    resourceAttributes?: AccessRequest['resourceAttributes'];
    nonResourceAttributes?: AccessRequest['nonResourceAttributes'];
  };
  expected: { allowed: boolean };
  why: string;
}

const data = JSON.parse(readFileSync(join(__dirname, 'rbac-cases.json'), 'utf8')) as { format: string; cases: RbacCase[] };

function toAccessRequest(request: RbacCase['request']): AccessRequest {
  const out: AccessRequest = { user: request.user.name, groups: request.user.groups ?? [] };
  if (request.resourceAttributes) out.resourceAttributes = request.resourceAttributes;
  if (request.nonResourceAttributes) out.nonResourceAttributes = request.nonResourceAttributes;
  return out;
}

describe('RBAC conformance cases', () => {
  it('reads the expected format with 50 cases', () => {
    expect(data.format).toBe('k8s-sim-rbac-cases/v1');
    expect(data.cases).toHaveLength(50);
  });

  it.each(data.cases.map((c) => [`${c.id} ${c.title}`, c] as const))('%s', (_name, testCase) => {
    const verdict = authorize(createCluster(testCase.objects), toAccessRequest(testCase.request));
    expect(verdict.allowed, `${testCase.why}\nverdict: ${verdict.reason}`).toBe(testCase.expected.allowed);
    expect(verdict.reason.length).toBeGreaterThan(0);
    if (verdict.allowed) expect(verdict.decidedBy).toBeDefined();
  });
});
