import { describe, expect, it } from 'vitest';
import { inLanguage } from '@/lib/content/inLanguage';
import { DEFAULT_LESSONS_DIR, allLessons, getCourse, loadLessonDemos, loadLessonExercises } from '@/lib/content';
import { LANGS, type Lang } from '@/lib/i18n/languages';

const other = (lang: Lang): Lang => (lang === 'en' ? 'es' : 'en');

/** Every `{ en, es }` text in `value`, collected with the path it sits at. */
function texts(value: unknown, path = '$', out: { path: string; en: string; es: string }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record.en === 'string' && typeof record.es === 'string') out.push({ path, en: record.en, es: record.es });
    else for (const key of keys) texts(record[key], `${path}.${key}`, out);
  }
  return out;
}

describe('inLanguage', () => {
  it('keeps one language at any depth and leaves everything else as it was', () => {
    const data = {
      id: 'x',
      title: { en: 'Title', es: 'Título' },
      goals: [{ id: 'g', text: { en: 'Goal', es: 'Objetivo' }, params: { count: 2, names: ['a'] } }],
      start: { 'role.yaml': 'kind: Role\n' },
      worldObjects: [{ kind: 'ConfigMap', data: { en: 'hello', es: 'hola' } }],
      empty: null,
    };
    for (const lang of LANGS) {
      const one = inLanguage(data, lang);
      expect(one.title).toEqual({ en: data.title[lang], es: data.title[lang] });
      expect(one.goals[0].text).toEqual({ en: data.goals[0].text[lang], es: data.goals[0].text[lang] });
      expect(one.goals[0].params).toEqual(data.goals[0].params);
      expect(one.start).toEqual(data.start);
      // A demo's Kubernetes objects are data, not words: a ConfigMap with keys en and es stays.
      expect(one.worldObjects).toEqual(data.worldObjects);
      expect(one.empty).toBeNull();
    }
  });

  it("leaves none of the other language's words in any lesson's exercises and demos", () => {
    let checked = 0;
    for (const lesson of allLessons(getCourse())) {
      const exercises = [...loadLessonExercises(lesson.dir, DEFAULT_LESSONS_DIR).values()].map((e) => ({
        definition: e.definition,
        descriptionHtml: e.descriptionHtml,
      }));
      const demos = [...loadLessonDemos(lesson.dir, DEFAULT_LESSONS_DIR).values()];
      for (const lang of LANGS) {
        const before = texts([exercises, demos]);
        const after = texts(inLanguage([exercises, demos], lang));
        expect(after.map((t) => t.path)).toEqual(before.map((t) => t.path));
        for (const [i, text] of after.entries()) {
          expect(text[other(lang)]).toBe(before[i][lang]);
          if (before[i].en !== before[i].es) checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
