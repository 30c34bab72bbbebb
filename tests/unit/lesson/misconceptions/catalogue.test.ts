// The misconception catalogue: every detector fires on its trap and stays quiet on the correct form.
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { parseManifests, type ParsedObject } from '@/lib/sim';
import { findMisconceptions, MISCONCEPTIONS } from '@/lib/lesson/misconceptions';
import { CASES } from './cases';

function parse(file: string, text: string): ParsedObject[] {
  return (parseManifests(text, { file, crossObjectChecks: false }).parsed ?? []).map((p) => ({ ...p, source: { ...p.source, file } }));
}

function hitsOf(id: string, mine: string, world = '') {
  const detector = MISCONCEPTIONS.find((d) => d.id === id)!;
  return findMisconceptions([...parse('world.yaml', world), ...parse('mine.yaml', mine)], ['mine.yaml'], [detector]);
}

describe('misconception catalogue', () => {
  it('has at least 25 detectors with unique kebab-case ids and both languages', () => {
    expect(MISCONCEPTIONS.length).toBeGreaterThanOrEqual(25);
    const ids = MISCONCEPTIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of MISCONCEPTIONS) {
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const title = { en: render('en', d.title), es: render('es', d.title) };
      expect(title.en && title.es && title.en !== title.es).toBeTruthy();
    }
  });

  it('every detector has a case', () => {
    expect(Object.keys(CASES).sort()).toEqual(MISCONCEPTIONS.map((d) => d.id).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: fires on the trap, with a fix in both languages and a pointer into the file`, () => {
      const hits = hitsOf(id, c.fires, c.world);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.id).toBe(id);
        expect(h.source?.file).toBe('mine.yaml');
        expect(h.source!.line).toBeGreaterThan(1);
        expect(render('en', h.explanation)).not.toBe(render('es', h.explanation));
        expect(render('en', h.fix).length > 0 && render('es', h.fix).length > 0).toBe(true);
      }
    });
    it(`${id}: stays quiet on the correct form`, () => {
      expect(hitsOf(id, c.quiet, c.world)).toEqual([]);
    });
  }

  it('looks only at the learner files: the same trap in the world is not reported', () => {
    expect(hitsOf('rbac-wildcard-verb', '', CASES['rbac-wildcard-verb'].fires)).toEqual([]);
  });
});
