// The rooms of the simulator's command side import one way (issue 15, docs/architecture.md):
//   shell -> kubectl -> network -> apiserver -> the model areas (rbac, admission, audit, cluster, netpol, ...)
// A room never imports a room above it; the model areas import no room. Relative imports are
// resolved to files (`../kubectl/types` is lib/sim/kubectl/types.ts), so no spelling slips past.
// Leaves import only leaves and every room and area may use them: lib/sim/streams.ts (typed output
// lines) and lib/sim/shell/shellWords.ts (the POSIX word lexer: kubectl's runKubectl(line) and a
// container's `sh -c` split words with it too); the message shape (lib/sim/messages/message.ts)
// and a room's message codes (`<room>/messages.ts`, data that lib/sim/messages gathers).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SIM = 'lib/sim';

/** Rooms, top first: each may import the rooms after it, never the ones before it. */
const ROOMS = ['shell', 'kubectl', 'network', 'apiserver'] as const;
const LEAVES = new Set([
  'lib/sim/streams.ts',
  'lib/sim/shell/shellWords.ts',
  'lib/sim/messages/message.ts',
  'lib/sim/kubectl/messages.ts',
  'lib/sim/shell/messages.ts',
  'lib/sim/network/messages.ts',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** Module specifiers of import/export-from statements and dynamic imports. */
export function specifiersOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

/** The repository file a specifier names (relative or `@/`), undefined for packages; null when it resolves to nothing. */
export function resolveSpecifier(from: string, spec: string, exists: (path: string) => boolean): string | null | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = join(dirname(from), spec).split('\\').join('/');
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (/\.(tsx?|m?js)$/.test(candidate) && exists(candidate)) return candidate;
  return null;
}

/** `apiserver`, `rbac`, ... for lib/sim/<area>/...; `(top)` for lib/sim/*.ts. */
export function areaOf(path: string): string {
  const rest = path.slice(SIM.length + 1);
  return rest.includes('/') ? rest.split('/')[0] : '(top)';
}

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from: string, to: string): string | undefined {
  if (!to.startsWith(`${SIM}/`) || LEAVES.has(to) || from === `${SIM}/index.ts`) return undefined;
  const fromArea = areaOf(from);
  const toArea = areaOf(to);
  if (fromArea === toArea) return undefined;
  const fromRank = ROOMS.indexOf(fromArea as (typeof ROOMS)[number]);
  const toRank = ROOMS.indexOf(toArea as (typeof ROOMS)[number]);
  if (to === `${SIM}/index.ts`) return 'imports the public surface (lib/sim/index.ts) from inside';
  if (toRank < 0) return undefined;
  if (fromRank < 0) return `the ${fromArea} area imports the ${toArea} room (model areas import no room)`;
  if (toRank < fromRank) return `the ${fromArea} room imports the ${toArea} room above it`;
  return undefined;
}

const files = sourceFiles(join(ROOT, SIM));
const exists = (path: string): boolean => existsSync(join(ROOT, path));
const edges = files.flatMap((from) =>
  specifiersOf(readFileSync(join(ROOT, from), 'utf8')).map((spec) => ({ from, spec, to: resolveSpecifier(from, spec, exists) })),
);

describe('the rooms import one way', () => {
  it('every room exists', () => {
    for (const room of ROOMS)
      expect(
        files.some((f) => f.startsWith(`${SIM}/${room}/`)),
        room,
      ).toBe(true);
  });

  it('every relative import resolves to a file', () => {
    expect(edges.filter((e) => e.to === null).map((e) => `${e.from} imports ${e.spec}`)).toEqual([]);
  });

  it('no room imports a room above it; model areas import no room', () => {
    const offenders = edges.flatMap((e) => {
      const why = e.to ? violation(e.from, e.to) : undefined;
      return why ? [`${e.from} imports ${e.spec}: ${why}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('the leaves import only leaves', () => {
    expect(edges.filter((e) => LEAVES.has(e.from) && !(e.to && LEAVES.has(e.to))).map((e) => `${e.from} imports ${e.spec}`)).toEqual([]);
  });
});

describe('the rule and the resolver themselves', () => {
  const fake = new Set(['lib/sim/kubectl/types.ts', 'lib/sim/shell/index.ts', 'lib/sim/apiserver/store.ts', 'lib/sim/rbac/index.ts']);
  const has = (path: string) => fake.has(path);

  it('resolves relative and aliased specifiers to files', () => {
    expect(resolveSpecifier('lib/sim/apiserver/apiServer.ts', '../kubectl/types', has)).toBe('lib/sim/kubectl/types.ts');
    expect(resolveSpecifier('lib/sim/kubectl/x.ts', '../shell', has)).toBe('lib/sim/shell/index.ts');
    expect(resolveSpecifier('lib/sim/kubectl/x.ts', '@/lib/sim/apiserver/store', has)).toBe('lib/sim/apiserver/store.ts');
    expect(resolveSpecifier('lib/sim/kubectl/x.ts', './missing', has)).toBeNull();
    expect(resolveSpecifier('lib/sim/kubectl/x.ts', 'js-yaml', has)).toBeUndefined();
  });

  it('flags upward imports and rooms imported by model areas', () => {
    expect(violation('lib/sim/apiserver/apiServer.ts', 'lib/sim/kubectl/types.ts')).toMatch(/above it/);
    expect(violation('lib/sim/kubectl/runKubectl.ts', 'lib/sim/shell/index.ts')).toMatch(/above it/);
    expect(violation('lib/sim/network/network.ts', 'lib/sim/kubectl/types.ts')).toMatch(/above it/);
    expect(violation('lib/sim/rbac/authorize.ts', 'lib/sim/apiserver/store.ts')).toMatch(/model areas/);
    expect(violation('lib/sim/rbac/authorize.ts', 'lib/sim/index.ts')).toMatch(/public surface/);
  });

  it('allows downward imports, the model areas and the leaves', () => {
    expect(violation('lib/sim/shell/shell.ts', 'lib/sim/kubectl/runKubectl.ts')).toBeUndefined();
    expect(violation('lib/sim/kubectl/cmdGet.ts', 'lib/sim/apiserver/store.ts')).toBeUndefined();
    expect(violation('lib/sim/network/network.ts', 'lib/sim/apiserver/endpoints.ts')).toBeUndefined();
    expect(violation('lib/sim/apiserver/writeObject.ts', 'lib/sim/rbac/index.ts')).toBeUndefined();
    expect(violation('lib/sim/network/processes.ts', 'lib/sim/shell/shellWords.ts')).toBeUndefined();
    expect(violation('lib/sim/index.ts', 'lib/sim/shell/index.ts')).toBeUndefined();
  });

  it('reads import, export-from, side-effect and dynamic imports', () => {
    expect(
      specifiersOf("import a from './a';\nexport { b } from '../b';\nimport './c';\nconst d = await import('./d');\nimport type { E } from './e';"),
    ).toEqual(['./a', '../b', './c', './d', './e']);
  });
});
