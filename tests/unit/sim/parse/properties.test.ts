import { textOf } from '@/lib/i18n/messages';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import type { Diagnostic } from '../../../../lib/sim/types';
import { SAMPLE_MANIFESTS } from './samples';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every diagnostic is well formed, inside the text, and none reports an internal error. */
function expectWellFormed(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(d.code).toMatch(KEBAB);
    expect(d.code).not.toMatch(/internal-error/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(textOf('es', d).length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    if (d.endLine !== undefined) expect(d.endLine).toBeGreaterThanOrEqual(d.line);
  }
}

function check(text: string): void {
  const result = parseManifests(text);
  expectWellFormed(text, result.diagnostics);
  expect(result.parsed.map((p) => p.object)).toEqual(result.objects);
}

const YAMLISH = fc.constantFrom(
  ':',
  ' ',
  '  ',
  '\n',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '&a',
  '*a',
  '!',
  '#',
  '|',
  '>',
  '\t',
  ',',
  '---\n',
  '...',
  '?',
  '%',
  '@',
  '`',
  'kind',
  'Pod',
  'x',
);

describe('parseManifests never throws (property)', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 200 });
  });

  it('on strings made of YAML punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(YAMLISH, { maxLength: 80 }).map((parts) => parts.join('')),
        check,
      ),
      { numRuns: 200 },
    );
  });

  it('on half-typed YAML: valid manifests cut at a random offset', () => {
    fc.assert(
      fc.property(fc.nat(SAMPLE_MANIFESTS.length), (cut) => check(SAMPLE_MANIFESTS.slice(0, cut))),
      { numRuns: 200 },
    );
  });

  it('on half-typed YAML: random characters deleted or inserted', () => {
    const edit = fc.tuple(fc.nat(SAMPLE_MANIFESTS.length), fc.nat(6), fc.oneof(fc.constant(''), YAMLISH));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = SAMPLE_MANIFESTS;
        for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
        check(text);
      }),
      { numRuns: 200 },
    );
  });

  it('on any JSON value written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => check(dump(value))),
      { numRuns: 200 },
    );
  });

  it('on objects shaped like manifests with random fields', () => {
    const kinds = fc.constantFrom(
      'Pod',
      'Role',
      'ClusterRole',
      'RoleBinding',
      'ClusterRoleBinding',
      'NetworkPolicy',
      'Service',
      'Deployment',
      'Namespace',
      'CronJob',
    );
    const apiVersions = fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'rbac.authorization.k8s.io/v1', 'networking.k8s.io/v1');
    const manifest = fc.record({
      apiVersion: apiVersions,
      kind: kinds,
      metadata: fc.jsonValue({ maxDepth: 2 }),
      spec: fc.jsonValue({ maxDepth: 4 }),
      rules: fc.jsonValue({ maxDepth: 3 }),
      subjects: fc.jsonValue({ maxDepth: 3 }),
      roleRef: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(fc.array(manifest, { maxLength: 3 }), (objects) => check(objects.map((o) => dump(o)).join('---\n'))),
      { numRuns: 200 },
    );
  });

  it('the samples themselves parse cleanly', () => {
    const { diagnostics, objects } = parseManifests(SAMPLE_MANIFESTS);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(objects).toHaveLength(7);
  });
});
