// Words at the edge (issue 15 part 3): the simulator returns message codes with parameters;
// the catalogs of lib/i18n/messages word them. No simulator area that has moved carries a
// language-specific field, a language switch, or a second language's words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/messages';
import { LANGS } from '@/lib/i18n/languages';

const ROOT = join(__dirname, '../../..');

/** Areas whose words live in the catalogs. Grows area by area until it is all of lib/sim. */
const WORDLESS = [
  'lib/sim/messages',
  'lib/sim/rbac',
  'lib/sim/netpol',
  'lib/sim/podsecurity',
  'lib/sim/hardening',
  'lib/sim/audit',
  'lib/sim/admission',
  'lib/sim/controlplane',
  'lib/sim/cluster',
  'lib/sim/cel',
  'lib/sim/parse',
  'lib/sim/validate',
  // The command side's rooms: kubectl, bash and the tools print English as upstream does; the
  // lab's own notes (help, hints, refusals) are messages on typed lines (lib/sim/streams.ts).
  'lib/sim/kubectl',
  'lib/sim/shell',
  'lib/sim/apiserver',
  'lib/sim/network',
  'lib/sim/streams.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const LANGUAGE_MARKS: [string, RegExp][] = [
  ['a language-specific field (messageEs, reasonEs, ...)', /\b[a-z]+Es\b/],
  ['a language switch', /['"]es['"]|\bLang\b|LocalizedText/],
  ['Spanish words', /[áéíóúñ¿¡]|\b(?:denegado|permitido|regla|usuario|pedido|además)\b/i],
];

describe('words at the edge', () => {
  it.each(WORDLESS)('%s carries no language', (folder) => {
    const path = join(ROOT, folder);
    const offenders = (statSync(path).isDirectory() ? sourceFiles(path) : [path]).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return LANGUAGE_MARKS.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${relative(ROOT, file)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });

  it('every code the simulator and the lesson engine emit is worded in every language', () => {
    const emitted = new Set<string>();
    for (const folder of ['lib/sim', 'lib/lesson']) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bmsg\(\s*'([^']+)'/g)) emitted.add(m[1]);
      }
    }
    expect(emitted.size).toBeGreaterThan(50);
    for (const lang of LANGS) {
      const missing = [...emitted].filter((code) => !(code in CATALOGS[lang]));
      expect(missing, lang).toEqual([]);
    }
  });
});
