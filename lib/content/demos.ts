import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { load } from 'js-yaml';
import { buildWorld } from '../sim';
import { LANGS, type Lang } from '../i18n/languages';
import { ContentError } from './types';

export type DemoStep =
  | { say: Record<Lang, string> }
  | { run: string; expectFail?: boolean }
  | { apply: string; file?: string; expectFail?: boolean }
  | { pause: number }
  /** Raw terminal output from a recorded asciicast, after `delay` ms. */
  | { write: string; delay: number };

export interface DemoData {
  id: string;
  title: Record<Lang, string>;
  /** Objects the demo's cluster starts with (parsed at build time). */
  worldObjects: unknown[];
  steps: DemoStep[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localized(value: unknown): Record<Lang, string> | null {
  if (!isRecord(value)) return null;
  return LANGS.every((l) => typeof value[l] === 'string' && (value[l] as string).trim()) ? (value as Record<Lang, string>) : null;
}

function readStep(raw: unknown, index: number, fail: (message: string) => never, dir: string): DemoStep {
  if (!isRecord(raw)) fail(`step ${index + 1} must be a mapping`);
  const keys = Object.keys(raw).filter((k) => k !== 'expectFail' && k !== 'file');
  if (keys.length !== 1) fail(`step ${index + 1} needs exactly one of say, run, apply, pause`);
  const [key] = keys;
  if (key === 'say') return { say: localized(raw.say) ?? fail(`step ${index + 1}: say needs both en and es`) };
  if (key === 'run' && typeof raw.run === 'string') return { run: raw.run.trim(), expectFail: raw.expectFail === true };
  if (key === 'pause' && typeof raw.pause === 'number' && raw.pause >= 0 && raw.pause <= 10_000) return { pause: raw.pause };
  if (key === 'apply') {
    if (typeof raw.apply === 'string') return { apply: raw.apply, file: typeof raw.file === 'string' ? raw.file : undefined, expectFail: raw.expectFail === true };
    if (isRecord(raw.apply) && typeof raw.apply.file === 'string') {
      const path = join(dir, raw.apply.file);
      if (!existsSync(path)) fail(`step ${index + 1}: apply file ${raw.apply.file} does not exist`);
      return { apply: readFileSync(path, 'utf8'), file: raw.apply.file.split('/').pop(), expectFail: raw.expectFail === true };
    }
  }
  return fail(`step ${index + 1}: \`${key}\` has the wrong shape`);
}

/** Read one demo file (`demos/<id>.yaml`). Throws ContentError with the file. */
export function loadDemo(path: string, root: string): DemoData {
  const file = relative(join(root, '..'), path);
  const fail = (message: string): never => { throw new ContentError(file, 1, 1, message); };
  let raw: unknown;
  try {
    raw = load(readFileSync(path, 'utf8'));
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    throw new ContentError(file, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1, `not valid YAML: ${(error as { reason?: string }).reason ?? error}`);
  }
  if (!isRecord(raw)) return fail('a demo must be a mapping with title and steps');
  const title = localized(raw.title) ?? fail('`title` needs both en and es');
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) fail('`steps` must be a non-empty list');
  const dir = dirname(path);
  let worldObjects: unknown[] = [];
  if (raw.world !== undefined) {
    const worldPath = join(dir, String(raw.world));
    if (!existsSync(worldPath)) fail(`world file ${String(raw.world)} does not exist`);
    const file = String(raw.world);
    const world = buildWorld([{ file, text: readFileSync(worldPath, 'utf8') }]);
    const error = (world.diagnostics[file] ?? []).find((d) => d.severity === 'error');
    if (error) throw new ContentError(relative(join(root, '..'), worldPath), error.line, error.column, error.message);
    worldObjects = world.objects;
  }
  const steps = (raw.steps as unknown[]).map((s, i) => readStep(s, i, fail, dir));
  return { id: path.split('/').pop()!.replace(/\.ya?ml$/, ''), title, worldObjects, steps };
}

/** Longest pause kept from a recording (like asciinema's idle_time_limit). */
const CAST_IDLE_LIMIT_MS = 2000;

/**
 * Read an asciicast v2 recording (`demos/<id>.cast`, made with asciinema on a real cluster):
 * a JSON header line, then `[seconds, "o", text]` output events. Input and other events are
 * skipped. The title comes from the header (`title`), the same in both languages.
 */
export function parseCast(text: string, file: string, id: string): DemoData {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const fail = (line: number, message: string): never => { throw new ContentError(file, line, 1, message); };
  let header: { version?: unknown; title?: unknown; idle_time_limit?: unknown };
  try {
    header = JSON.parse(lines[0] ?? '');
  } catch {
    return fail(1, 'not an asciicast: the first line must be the JSON header');
  }
  if (header.version !== 2) fail(1, `asciicast version ${String(header.version)} is not supported (version 2 is)`);
  const limit = typeof header.idle_time_limit === 'number' ? Math.min(header.idle_time_limit * 1000, CAST_IDLE_LIMIT_MS) : CAST_IDLE_LIMIT_MS;
  const steps: DemoStep[] = [];
  let previous = 0;
  let lastOutput = 0;
  lines.slice(1).forEach((line, i) => {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      fail(i + 2, 'not a JSON event line');
    }
    if (!Array.isArray(event) || typeof event[0] !== 'number' || typeof event[1] !== 'string' || typeof event[2] !== 'string') fail(i + 2, 'an event is [seconds, type, data]');
    const [time, type, data] = event as [number, string, string];
    if (time < previous) fail(i + 2, 'event times must not go back');
    if (type === 'o') {
      steps.push({ write: data, delay: Math.min(limit, Math.round((time - lastOutput) * 1000)) });
      lastOutput = time;
    }
    previous = time;
  });
  if (steps.length === 0) fail(1, 'the recording has no output events');
  const title = typeof header.title === 'string' && header.title.trim() ? header.title : id;
  return { id, title: { en: title, es: title }, worldObjects: [], steps };
}

/** All demos of a lesson: scripts (`.yaml`) and recordings (`.cast`). */
export function loadLessonDemos(lessonDir: string, root: string): Map<string, DemoData> {
  const base = join(lessonDir, 'demos');
  const out = new Map<string, DemoData>();
  if (!existsSync(base)) return out;
  for (const name of readdirSync(base).sort()) {
    if (/\.ya?ml$/.test(name)) {
      const demo = loadDemo(join(base, name), root);
      out.set(demo.id, demo);
    } else if (name.endsWith('.cast')) {
      const id = name.replace(/\.cast$/, '');
      out.set(id, parseCast(readFileSync(join(base, name), 'utf8'), relative(join(root, '..'), join(base, name)), id));
    }
  }
  return out;
}
