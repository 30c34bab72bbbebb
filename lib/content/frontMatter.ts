import { load } from 'js-yaml';
import { ContentError, type LessonMeta } from './types';

/** Split `---` front matter from a Markdown file. Returns the body and the line it starts on. */
export function splitFrontMatter(file: string, text: string): { data: unknown; body: string; bodyLine: number } {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) {
    throw new ContentError(file, 1, 1, 'missing front matter: the file must start with a `---` line');
  }
  const end = normalized.indexOf('\n---', 4);
  if (end < 0) throw new ContentError(file, 1, 1, 'front matter is not closed with a `---` line');
  const yamlText = normalized.slice(4, end + 1);
  let data: unknown;
  try {
    data = load(yamlText);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(file, (mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1, `front matter is not valid YAML: ${reason}`);
  }
  const afterClose = normalized.indexOf('\n', end + 1);
  const body = afterClose < 0 ? '' : normalized.slice(afterClose + 1);
  const bodyLine = normalized.slice(0, afterClose + 1).split('\n').length;
  return { data, body, bodyLine };
}

const ALLOWED = new Set(['title', 'summary', 'minutes', 'objectives', 'status']);

/** Validate a lesson's front matter; errors name the file and the line of the field. */
export function parseLessonMeta(file: string, text: string): { meta: LessonMeta; body: string; bodyLine: number } {
  const { data, body, bodyLine } = splitFrontMatter(file, text);
  const lineOf = (key: string) => {
    const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return index < 0 ? 1 : index + 1;
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(file, 2, 1, 'front matter must be a mapping with title, summary, minutes and objectives');
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ALLOWED.has(key)) throw new ContentError(file, lineOf(key), 1, `unknown front matter field \`${key}\` (allowed: ${[...ALLOWED].join(', ')})`);
  }
  const need = (key: string, ok: boolean, what: string) => {
    if (!ok) throw new ContentError(file, lineOf(key), 1, `front matter \`${key}\` must be ${what}`);
  };
  need('title', typeof record.title === 'string' && record.title.trim() !== '', 'a non-empty string');
  need('summary', typeof record.summary === 'string' && record.summary.trim() !== '', 'a non-empty string');
  need('minutes', typeof record.minutes === 'number' && Number.isInteger(record.minutes) && record.minutes > 0 && record.minutes <= 240, 'a whole number of minutes between 1 and 240');
  need('objectives', Array.isArray(record.objectives) && record.objectives.length > 0 && record.objectives.every((o) => typeof o === 'string' && o.trim() !== ''), 'a non-empty list of strings');
  need('status', record.status === undefined || record.status === 'ready' || record.status === 'coming', '`ready` or `coming`');
  return {
    meta: {
      title: record.title as string,
      summary: record.summary as string,
      minutes: record.minutes as number,
      objectives: record.objectives as string[],
      status: (record.status as LessonMeta['status'] | undefined) ?? 'ready',
    },
    body,
    bodyLine,
  };
}
