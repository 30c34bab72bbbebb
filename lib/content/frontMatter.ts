import { checkYaml } from '../lesson/schemas';
import { ContentError, type LessonMeta } from './types';

/** Split `---` front matter from a Markdown file: its YAML text, the body and the line the body starts on. */
export function splitFrontMatter(file: string, text: string): { yamlText: string; body: string; bodyLine: number } {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) {
    throw new ContentError(file, 1, 1, 'missing front matter: the file must start with a `---` line');
  }
  const end = normalized.indexOf('\n---', 4);
  if (end < 0) throw new ContentError(file, 1, 1, 'front matter is not closed with a `---` line');
  const yamlText = normalized.slice(4, end + 1);
  const afterClose = normalized.indexOf('\n', end + 1);
  const body = afterClose < 0 ? '' : normalized.slice(afterClose + 1);
  const bodyLine = normalized.slice(0, afterClose + 1).split('\n').length;
  return { yamlText, body, bodyLine };
}

/**
 * Validate a lesson's front matter against lib/lesson/schemas/front-matter.schema.json; the
 * first problem is thrown with the line and column of the field (the YAML starts on line 2).
 */
export function parseLessonMeta(file: string, text: string): { meta: LessonMeta; body: string; bodyLine: number } {
  const { yamlText, body, bodyLine } = splitFrontMatter(file, text);
  const { data, problems } = checkYaml('frontMatter', yamlText);
  if (problems.length) {
    const first = problems[0];
    throw new ContentError(file, first.line + 1, first.column, `front matter ${first.message}`);
  }
  const record = data as Omit<LessonMeta, 'status'> & { status?: LessonMeta['status'] };
  return { meta: { ...record, status: record.status ?? 'ready' }, body, bodyLine };
}
