// Typed references (issue 15 leftovers): traffic verdicts, the matrix, the traffic view and the
// traffic explanations name pods and objects by ObjectRef, never by an `ns/name` string that a
// caller splits again. Text is read as a reference only at the edge: the question syntax of
// goals, forms and the shell (netpol's resolveEndpoint).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

/** The traffic side: the simulator's evaluator and network, the explanation, the view and its worker answers. */
const AREAS = [
  'lib/sim/netpol',
  'lib/sim/network',
  'lib/sim/counterexample/network.ts',
  'lib/lesson/explain/traffic.ts',
  'lib/lesson/explain/pointer.ts',
  'components/views/trafficModel.ts',
  'components/views/trafficCell.ts',
  'components/views/trafficWords.ts',
  'components/views/trafficPack.ts',
  'components/views/TrafficView.tsx',
  'components/views/TrafficGraph.tsx',
  'components/views/TrafficMatrixTable.tsx',
  'components/views/TrafficConnections.tsx',
  'components/world/hostViews.ts',
];

/** Cutting text at a slash, or a name out of `ns/name` by the namespace's length. */
const PARSE_BACK = [/\.split\(\s*['"`]\/['"`]\s*\)/, /indexOf\(\s*['"`]\/['"`]\s*\)/, /\.slice\([^)]*namespace\.length/];

/**
 * Slashes that are not references: each with why. Anything else found is a reference parsed
 * back, or a new exception to justify here.
 */
const ALLOWED: Record<string, { count: number; why: string }> = {
  'lib/sim/netpol/resolveEndpoint.ts': { count: 1, why: 'splitName: the question syntax (`ns/pod`, `ns/kind/name`) read once at the edge' },
  'lib/sim/network/containerFiles.ts': { count: 1, why: 'file paths inside a container' },
  'lib/sim/network/processes.ts': { count: 1, why: "a program's path (argv[0])" },
  'components/world/hostViews.ts': { count: 1, why: "can-i's resource text (`pods/log`) as the form sends it" },
};

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

function parseBacks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return text.split('\n').filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && PARSE_BACK.some((re) => re.test(line)));
}

describe('typed references on the traffic side', () => {
  const all = AREAS.flatMap(files).filter((f) => /\.tsx?$/.test(f));

  it('covers the files it names', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all)('%s parses no reference back out of text', (file) => {
    const found = parseBacks(relative(ROOT, join(ROOT, file)));
    expect(found, ALLOWED[file]?.why ?? 'a reference parsed back: carry an ObjectRef instead').toHaveLength(ALLOWED[file]?.count ?? 0);
  });

  it('catches the patterns it looks for', () => {
    const samples = ["const [ns, name] = key.split('/');", "const at = key.indexOf('/');", 'const short = pod.slice(group.namespace.length + 1);'];
    for (const line of samples)
      expect(
        PARSE_BACK.some((re) => re.test(line)),
        line,
      ).toBe(true);
    expect(PARSE_BACK.some((re) => re.test('const key = `${pod.namespace}/${pod.name}`;'))).toBe(false);
  });
});
