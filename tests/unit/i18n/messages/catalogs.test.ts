// Words at the edge (issue 15 part 3): every code the simulator declares is worded in every
// language, and every wording keeps the parameters English shows.
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/i18n/languages';
import { CATALOGS, pseudoCatalog, renderWith, type Catalog } from '@/lib/i18n/messages';
import { MESSAGE_SAMPLES as SIM_SAMPLES, type MessageCode as SimCode } from '@/lib/sim/messages';
import { LESSON_MESSAGES, type LessonMessageParams } from '@/lib/lesson';

/** Every code: the simulator's (lib/sim/<area>/messages.ts) and the lesson engine's (lib/lesson/messages.ts). */
const MESSAGE_SAMPLES = { ...SIM_SAMPLES, ...LESSON_MESSAGES };
type MessageCode = SimCode | keyof LessonMessageParams;

/**
 * Deliberate: English shows the upstream (English) text verbatim, other languages word the facts.
 * A parameter named `upstream` is always such a text (an API server message kept byte for byte).
 */
const ENGLISH_ONLY_PARAMS: Partial<Record<MessageCode, string[]>> = {
  'rbac.foreign': ['reason'],
  'admission.rbacDenied': ['forbidden'],
  // A finding built outside the checks: its own English, the registry's words elsewhere.
  'hardening.bare': ['message'],
  'hardening.bareFix': ['fix'],
};

/** Codes whose words name YAML's `null` on purpose (an empty document, a null value quoted). */
const SAYS_NULL: MessageCode[] = ['parse.emptyDocument', 'validate.value.null'];

const CODES = Object.keys(MESSAGE_SAMPLES) as MessageCode[];

/** The sample with every text parameter replaced by a token naming it, to see which ones a wording shows. */
function tokenised(code: MessageCode): { code: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(MESSAGE_SAMPLES[code] as Record<string, unknown>)) {
    const token = `⟨${name}⟩`;
    if (typeof value === 'string') params[name] = token;
    else if (Array.isArray(value)) params[name] = [{ code: 'common.text', params: { text: token } }];
    else if (value && typeof value === 'object') params[name] = { code: 'common.text', params: { text: token } };
    else params[name] = value;
  }
  return { code, params };
}

function tokensIn(text: string): string[] {
  return [...text.matchAll(/⟨(\w+)⟩/g)].map((m) => m[1]).sort();
}

describe('message catalogs', () => {
  it('word every declared code in every language, and nothing else', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual([...CODES].sort());
    }
  });

  it.each(CODES)('%s renders in every language without a broken slot', (code) => {
    for (const lang of LANGS) {
      const rendered = renderWith(CATALOGS[lang], { code, params: MESSAGE_SAMPLES[code] });
      const text = SAYS_NULL.includes(code) ? rendered.replace(/\bnull\b/, 'NULL') : rendered;
      expect(text.length, `${lang} ${code}`).toBeGreaterThan(0);
      // "undefined field" is cel-go's own wording (cel.undefinedVariable), not a missing slot;
      // /dev/null is a file the shell's help names.
      expect(text, `${lang} ${code}`).not.toMatch(/undefined(?! field)|NaN|\[object |\$\{|(?<!\/dev\/)\bnull\b/);
    }
  });

  it.each(CODES)('%s: every language shows the parameters English shows', (code) => {
    const english = tokensIn(renderWith(CATALOGS.en, tokenised(code)));
    const exempt = ['upstream', ...(ENGLISH_ONLY_PARAMS[code] ?? [])];
    for (const lang of LANGS) {
      const shown = new Set(tokensIn(renderWith(CATALOGS[lang], tokenised(code))));
      expect(
        english.filter((name) => !shown.has(name) && !exempt.includes(name)),
        `${lang} ${code}`,
      ).toEqual([]);
    }
  });

  it('exempts from the null check only codes whose English says null', () => {
    for (const code of SAYS_NULL) expect(renderWith(CATALOGS.en, { code, params: MESSAGE_SAMPLES[code] }), code).toMatch(/\bnull\b/);
  });

  it('exempts only parameters English really shows', () => {
    for (const [code, names] of Object.entries(ENGLISH_ONLY_PARAMS)) {
      const english = tokensIn(renderWith(CATALOGS.en, tokenised(code as MessageCode)));
      for (const name of names ?? []) expect(english, code).toContain(name);
    }
  });
});

describe('the xx pseudo-locale', () => {
  const xx: Catalog = pseudoCatalog();

  it.each(CODES)('%s comes out bracketed and accented, its parameters untouched', (code) => {
    const text = renderWith(xx, tokenised(code));
    expect(text.startsWith('[') && text.endsWith(']'), text).toBe(true);
    expect(tokensIn(text)).toEqual(tokensIn(renderWith(CATALOGS.en, tokenised(code))).map(() => expect.any(String)));
    const own = text.replace(/⟨\w+⟩/g, '');
    expect(own, text).not.toMatch(/[aeiou]/);
  });

  it.each(CODES)('%s renders its sample without a missing slot (a parameter the words read but the sample lacks)', (code) => {
    const text = renderWith(xx, { code, params: MESSAGE_SAMPLES[code] });
    // The pseudo-locale accents a missing parameter's `undefined` (úñdéfíñéd): look for that too.
    // "undefined field" is cel-go's own wording (cel.undefinedVariable).
    expect(text).not.toMatch(/(úñdéfíñéd|undefined)(?! (fíéld|field))|NáN|NaN|\[(óbjéçt|object) /);
  });

  it('sees a missing parameter through the pseudo-locale', () => {
    const params = { ...(MESSAGE_SAMPLES['trap.vap-without-binding.why'] as Record<string, unknown>) };
    delete params.p1;
    expect(renderWith(xx, { code: 'trap.vap-without-binding.why', params })).toMatch(/úñdéfíñéd/);
  });

  it('shows text that skipped the catalog: a nested verbatim text stays unaccented', () => {
    const text = renderWith(xx, { code: 'common.sentences', params: { parts: [{ code: 'rbac.noVerdict', params: {} }, 'plain words'] } });
    expect(text).toBe('[[ñó vérdíçt] plain words]');
  });

  it('renders an unknown code as itself instead of throwing', () => {
    expect(renderWith(CATALOGS.es, { code: 'no.such.code', params: {} })).toBe('[no.such.code]');
  });
});
