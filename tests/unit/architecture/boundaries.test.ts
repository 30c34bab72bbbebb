import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

/** lib/lesson/mutate edits YAML keeping comments (yaml) and shows unified diffs (diff). */
const ALLOWED_IN_LESSON = /^(yaml|diff)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

// re2js: the RE2 engine behind CEL regular expressions (issue 13). #schema-validators: lib/sim's
// own import map (lib/sim/package.json: every kind's schema validators, or none in a browser bundle).
const ALLOWED_PURE = /^(\.{1,2}\/|js-yaml$|ajv$|ajv\/|@marcbachmann\/cel-js|re2js$|#schema-validators$)/;

// lib/event (event mode) computes flags with @noble/hashes (HMAC-SHA256).
const ALLOWED_IN_EVENT = /^@noble\/hashes\//;

describe.each(['lib/sim', 'lib/lesson', 'lib/event'])('%s stays pure', (folder) => {
  const files = (() => {
    try {
      return sourceFiles(join(ROOT, folder));
    } catch {
      return [];
    }
  })();

  it('imports only itself and the allowed libraries', () => {
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter(
          (spec) =>
            !ALLOWED_PURE.test(spec) &&
            !(folder === 'lib/lesson' && (/^@\/lib\/sim(\/index)?$/.test(spec) || ALLOWED_IN_LESSON.test(spec))) &&
            !(folder === 'lib/event' && ALLOWED_IN_EVENT.test(spec)),
        )
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('uses no DOM or Node globals', () => {
    const offenders = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
      return /(?<![.\w])(?:(?:window|document|localStorage|sessionStorage|globalThis\.document)\s*[.[]|process\.env|require\s*\()/.test(code)
        ? [relative(ROOT, file)]
        : [];
    });
    expect(offenders).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('finds forbidden imports', () => {
    expect(importsOf("import x from 'react';\nexport { y } from 'node:fs';\nconst z = await import('next/router');")).toEqual([
      'react',
      'node:fs',
      'next/router',
    ]);
  });
});
