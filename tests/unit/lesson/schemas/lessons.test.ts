// Every file of the course passes its schema (the same check `lessons:check` runs while loading).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkYaml, type ContentSchema } from '@/lib/lesson/schemas';
import { oldTargetMessage } from '@/lib/lesson/goalTarget';
import { splitFrontMatter } from '@/lib/content/frontMatter';

const ROOT = join(__dirname, '../../../..');
const LESSONS = join(ROOT, 'lessons');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

function schemaOf(path: string): ContentSchema | undefined {
  if (path.endsWith('/exercise.yaml')) return 'exercise';
  if (path.endsWith('/track.yaml')) return 'track';
  if (/\/demos\/[^/]+\.ya?ml$/.test(path)) return 'demo';
  if (/\/lesson\.[a-z]{2}\.md$/.test(path)) return 'frontMatter';
  return undefined;
}

const files = walk(LESSONS).filter((path) => schemaOf(path) !== undefined && !relative(LESSONS, path).startsWith('playground/'));

describe('the course passes its schemas', () => {
  it('finds every kind of file', () => {
    const kinds = new Set(files.map(schemaOf));
    expect([...kinds].sort()).toEqual(['demo', 'exercise', 'frontMatter', 'track']);
  });

  it.each(files.map((path) => [relative(ROOT, path), path]))('%s', (_name, path) => {
    const schema = schemaOf(path)!;
    const text = readFileSync(path, 'utf8');
    const yaml = schema === 'frontMatter' ? splitFrontMatter(path, text).yamlText : text;
    expect(checkYaml(schema, yaml, { refinePattern: oldTargetMessage }).problems).toEqual([]);
  });
});
