// lib/content/shared is the part of the content module components may import: types and routes,
// and nothing that pulls Node (node:fs, node:path) into a browser bundle.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonHref, lessonRoute } from '@/lib/content/shared';

const ROOT = join(__dirname, '../../..');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Every module reachable from `file` through relative imports, with the bare ones each names. */
function reachable(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const specs = importsOf(file);
  seen.set(
    file,
    specs.filter((s) => !s.startsWith('.')),
  );
  for (const spec of specs.filter((s) => s.startsWith('.'))) reachable(resolve(dirname(file), `${spec}.ts`), seen);
  return seen;
}

describe('lib/content/shared', () => {
  it('reaches no Node module and no server-side content code', () => {
    const graph = reachable(join(ROOT, 'lib/content/shared.ts'));
    const bare = [...graph.values()].flat();
    expect(bare.filter((s) => s.startsWith('node:') || ['fs', 'path', 'unified', 'ajv', 'yaml', 'js-yaml'].includes(s))).toEqual([]);
    expect([...graph.keys()].map((f) => f.slice(ROOT.length + 1)).sort()).toEqual(['lib/content/shared.ts', 'lib/content/types.ts', 'lib/i18n/languages.ts']);
  });

  it('builds lesson routes with and without the language', () => {
    expect(lessonRoute({ track: 'rbac', slug: 'audit-logs' })).toBe('/learn/rbac/audit-logs/');
    expect(lessonHref('es', { track: 'rbac', slug: 'audit-logs' })).toBe('/es/learn/rbac/audit-logs/');
  });
});
