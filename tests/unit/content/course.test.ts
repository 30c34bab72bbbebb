import { mkdtempSync, writeFileSync, mkdirSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allLessons, ContentError, loadCourse, renderLesson } from '@/lib/content';

const OK = join(__dirname, '../../fixtures/lessons-ok');
const temps: string[] = [];

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
  temps.push(dir);
  const root = join(dir, 'lessons');
  cpSync(OK, root, { recursive: true });
  return root;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('loadCourse', () => {
  it('orders tracks and lessons by their NN- prefix and reads both languages', () => {
    const course = loadCourse(OK);
    expect(course.map((t) => t.slug)).toEqual(['intro', 'rbac']);
    expect(allLessons(course).map((l) => `${l.track}/${l.slug}`)).toEqual(['intro/basics', 'rbac/first', 'rbac/later']);
    expect(course[1].title.es).toBe('RBAC');
    expect(course[0].lessons[0].meta.es.title).toBe('Basics es');
    expect(course[1].lessons[1].meta.en.status).toBe('coming');
  });

  it('reports a missing translation with the file', () => {
    const root = copyFixture();
    rmSync(join(root, '01-rbac/01-first/lesson.es.md'));
    const error = errorOf(() => loadCourse(root));
    expect(error.file).toBe('lessons/01-rbac/01-first/lesson.es.md');
    expect(error.message).toMatch(/missing translation/);
  });

  it('reports bad front matter with the line of the field', () => {
    const root = copyFixture();
    const file = join(root, '01-rbac/01-first/lesson.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 20', 'minutes: twenty'));
    const error = errorOf(() => loadCourse(root));
    expect(error.file).toBe('lessons/01-rbac/01-first/lesson.en.md');
    expect(error.line).toBe(4);
    expect(error.column).toBe(10);
    expect(error.detail).toBe("front matter minutes: must be a whole number, not 'twenty'");
  });

  it('rejects unknown front matter fields and missing track.yaml', () => {
    const root = copyFixture();
    const file = join(root, '01-rbac/01-first/lesson.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 20', 'minutes: 20\nauthor: me'));
    expect(errorOf(() => loadCourse(root)).detail).toMatch(/front matter unknown key 'author'; allowed: title, summary, minutes, objectives, status/);
    mkdirSync(join(root, '09-extra'));
    rmSync(file);
    writeFileSync(file, readFileSync(join(OK, '01-rbac/01-first/lesson.en.md'), 'utf8'));
    expect(errorOf(() => loadCourse(root)).message).toMatch(/09-extra\/track.yaml.*missing track.yaml/);
  });
});

describe('renderLesson', () => {
  it('renders GFM, directives, anchors and splits at exercises; strips scripts', async () => {
    const course = loadCourse(OK);
    const lesson = course[0].lessons[0];
    const page = await renderLesson(course, lesson, 'es', { root: OK });
    expect(page.toc).toEqual([
      { id: 'what-is-it', text: 'What is it', depth: 2 },
      { id: 'deeper', text: 'Deeper', depth: 3 },
    ]);
    expect(page.blocks.map((b) => b.type)).toEqual(['html', 'exercise', 'html']);
    const html = page.blocks
      .filter((b) => b.type === 'html')
      .map((b) => (b as { html: string }).html)
      .join('');
    expect(html).toContain('<aside class="callout callout-hint" role="note">');
    expect(html).toContain('Pista');
    expect(html).toMatch(/<details class="solution"><summary>Solución<\/summary>/);
    expect(html).toContain('href="/es/learn/rbac/first/"');
    expect(html).toContain('system:masters');
    expect(html).toContain('class="hljs-attr"');
    expect(html).not.toContain('<script');
    expect(page.blocks[1]).toEqual({ type: 'exercise', id: 'first' });
  });

  it('fails on an unknown directive with file and line', async () => {
    const root = copyFixture();
    const file = join(root, '01-rbac/01-first/lesson.en.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n:::danger\nNo.\n:::\n');
    const course = loadCourse(root);
    await expect(renderLesson(course, course[1].lessons[0], 'en', { root })).rejects.toThrow(/lesson.en.md:12:1: unknown block `:::danger`/);
  });

  it('fails on a broken internal link', async () => {
    const root = copyFixture();
    const file = join(root, '01-rbac/01-first/lesson.en.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nSee [nowhere](/learn/rbac/nowhere/).\n');
    const course = loadCourse(root);
    await expect(renderLesson(course, course[1].lessons[0], 'en', { root })).rejects.toThrow(/broken internal link `\/learn\/rbac\/nowhere\/`/);
  });

  it('reports code blocks with their line to the caller', async () => {
    const course = loadCourse(OK);
    const seen: { lang: string | null; line: number }[] = [];
    await renderLesson(course, course[0].lessons[0], 'en', { root: OK, onCode: (c) => seen.push({ lang: c.lang, line: c.line }) });
    expect(seen).toEqual([{ lang: 'yaml', line: 13 }]);
  });
});
