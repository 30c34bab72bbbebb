// The trap codes' sample parameters (lib/lesson/misconceptions/messages.ts) have the shape the
// detectors really send: every detector fired on its case (and on the variants below) sends, per
// code, exactly the parameters its sample declares, of the same types; and every language (the
// pseudo-locale too) shows each of them. A detector or a wording that drops a parameter fails here.
import { describe, expect, it } from 'vitest';
import { CATALOGS, pseudoCatalog, renderWith } from '@/lib/i18n/messages';
import type { AnyMessage } from '@/lib/i18n/messages/renderWith';
import { LANGS } from '@/lib/i18n/languages';
import { parseManifests, type ParsedObject } from '@/lib/sim';
import { findMisconceptions, MISCONCEPTIONS } from '@/lib/lesson/misconceptions';
import { TRAP_MESSAGES } from '@/lib/lesson/misconceptions/messages';
import { CASES } from './cases';

type TrapCode = keyof typeof TRAP_MESSAGES;
const SAMPLES = TRAP_MESSAGES as Record<TrapCode, Record<string, unknown>>;
const CODES = Object.keys(SAMPLES) as TrapCode[];

/** Traps whose second wording (`.2`, `fixAny`) the catalogue's cases do not reach. */
const VARIANTS: Record<string, { id: string; fires: string; world?: string }> = {
  'SA subject without namespace in another namespace': {
    id: 'rbac-sa-subject-without-namespace',
    fires: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: shop}
subjects:
  - {kind: ServiceAccount, name: ci-deployer}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
`,
    world: `apiVersion: v1
kind: ServiceAccount
metadata: {name: ci-deployer, namespace: build}
`,
  },
  'Pod Security level that is no level at all': {
    id: 'psa-invalid-level',
    fires: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {pod-security.kubernetes.io/enforce: strict}
`,
  },
};

function parse(file: string, text: string): ParsedObject[] {
  return (parseManifests(text, { file, crossObjectChecks: false }).parsed ?? []).map((p) => ({ ...p, source: { ...p.source, file } }));
}

/** Every message the detectors send on the cases: titles, explanations and fixes. */
function sentMessages(): AnyMessage[] {
  const out: AnyMessage[] = MISCONCEPTIONS.map((d) => d.title as unknown as AnyMessage);
  const runs = [
    ...Object.entries(CASES).map(([id, c]) => ({ id, fires: c.fires, world: c.world })),
    ...Object.values(VARIANTS).map((v) => ({ id: v.id, fires: v.fires, world: v.world })),
  ];
  for (const run of runs) {
    const detector = MISCONCEPTIONS.filter((d) => d.id === run.id);
    const hits = findMisconceptions([...parse('world.yaml', run.world ?? ''), ...parse('mine.yaml', run.fires)], ['mine.yaml'], detector);
    for (const hit of hits) out.push(hit.explanation as unknown as AnyMessage, hit.fix as unknown as AnyMessage);
  }
  return out.filter((m) => m.code.startsWith('trap.'));
}

const kinds = (params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value]));

describe('trap message samples', () => {
  const sent = sentMessages();

  it('the detectors send every trap code that has parameters (the check below sees them all)', () => {
    const seen = new Set(sent.map((m) => m.code));
    expect(CODES.filter((code) => Object.keys(SAMPLES[code]).length > 0 && !seen.has(code))).toEqual([]);
  });

  it('each sent message carries exactly the parameters its sample declares, of the same types', () => {
    for (const m of sent) expect(kinds(m.params as Record<string, unknown>), m.code).toEqual(kinds(SAMPLES[m.code as TrapCode]));
  });

  it('samples are distinct within a code, and none occurs in the words around it (so seeing it means the parameter is shown)', () => {
    for (const code of CODES) {
      const params = SAMPLES[code];
      const texts = Object.values(params).filter((v): v is string => typeof v === 'string');
      expect(new Set(texts).size, code).toBe(texts.length);
      const tokens = Object.fromEntries(Object.entries(params).map(([name, v]) => [name, typeof v === 'string' ? '⟨⟩' : v]));
      for (const lang of LANGS) {
        const words = renderWith(CATALOGS[lang], { code, params: tokens });
        for (const text of texts) expect(text !== '' && !words.includes(text), `${lang} ${code}: ${text}`).toBe(true);
      }
    }
  });

  it.each(CODES)('%s shows each sample value in every language and the pseudo-locale', (code) => {
    const message = { code, params: SAMPLES[code] };
    const values = Object.values(SAMPLES[code]).filter((v): v is string => typeof v === 'string');
    const renders = [...LANGS.map((lang) => [lang, renderWith(CATALOGS[lang], message)]), ['xx', renderWith(pseudoCatalog(), message)]];
    for (const [lang, text] of renders) {
      expect(text, `${lang} ${code}`).not.toMatch(/undefined|úñdéfíñéd|NaN|\[object /);
      for (const value of values) expect(text, `${lang} ${code}`).toContain(value);
    }
  });

  it('a message sent as the detectors send it renders without a missing slot, in every language', () => {
    for (const m of sent) {
      for (const catalog of [...LANGS.map((lang) => CATALOGS[lang]), pseudoCatalog()]) {
        expect(renderWith(catalog, m), m.code).not.toMatch(/undefined|úñdéfíñéd|NaN|\[object /);
      }
    }
  });

  it('catches a parameter a wording would read but the message does not carry', () => {
    const [code] = CODES.filter((c) => Object.keys(SAMPLES[c]).length > 0);
    const params = { ...SAMPLES[code] };
    delete params[Object.keys(params)[0]];
    expect(renderWith(pseudoCatalog(), { code, params })).toMatch(/úñdéfíñéd/);
    expect(renderWith(CATALOGS.en, { code, params })).toMatch(/undefined/);
  });
});
