import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkYaml } from '../lesson/schemas';
import { buildWorld } from '../sim';
import type { Lang } from '../i18n/languages';
import { ContentError, type DemoData, type DemoStep } from './types';

export type { DemoData, DemoStep };

/** A demo file as its schema (lib/lesson/schemas/demo.schema.json) accepts it. */
interface DemoYaml {
  title: Record<Lang, string>;
  world?: string;
  steps: (
    | { say: Record<Lang, string> }
    | { run: string; expectFail?: boolean }
    | { apply: string | { file: string }; file?: string; expectFail?: boolean }
    | { pause: number }
  )[];
}

type Fail = (path: (string | number)[], message: string) => never;

function readStep(step: DemoYaml['steps'][number], index: number, fail: Fail, dir: string): DemoStep {
  if ('say' in step) return { say: step.say };
  if ('run' in step) return { run: step.run.trim(), expectFail: step.expectFail === true };
  if ('pause' in step) return { pause: step.pause };
  if (typeof step.apply === 'string') return { apply: step.apply, file: step.file, expectFail: step.expectFail === true };
  const path = join(dir, step.apply.file);
  if (!existsSync(path)) fail(['steps', index, 'apply', 'file'], `steps[${index}].apply.file: ${step.apply.file} does not exist`);
  return { apply: readFileSync(path, 'utf8'), file: step.apply.file.split('/').pop(), expectFail: step.expectFail === true };
}

function worldObjects(demo: DemoYaml, dir: string, root: string, fail: Fail): unknown[] {
  if (demo.world === undefined) return [];
  const worldPath = join(dir, demo.world);
  if (!existsSync(worldPath)) fail(['world'], `world: ${demo.world} does not exist`);
  const world = buildWorld([{ file: demo.world, text: readFileSync(worldPath, 'utf8') }]);
  const error = (world.diagnostics[demo.world] ?? []).find((d) => d.severity === 'error');
  if (error) throw new ContentError(relative(join(root, '..'), worldPath), error.line, error.column, error.message);
  return world.objects;
}

/** Read one demo file (`demos/<id>.yaml`), checked against its schema. Throws ContentError with file, line and column. */
export function loadDemo(path: string, root: string): DemoData {
  const file = relative(join(root, '..'), path);
  const { data, source, problems } = checkYaml('demo', readFileSync(path, 'utf8'));
  if (problems.length) throw new ContentError(file, problems[0].line, problems[0].column, problems[0].message);
  const fail: Fail = (at, message) => {
    const { line, column } = source.locate(at);
    throw new ContentError(file, line, column, message);
  };
  const demo = data as DemoYaml;
  const dir = dirname(path);
  const steps = demo.steps.map((s, i) => readStep(s, i, fail, dir));
  return {
    id: path
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
    title: demo.title,
    worldObjects: worldObjects(demo, dir, root, fail),
    steps,
  };
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
  const fail = (line: number, message: string): never => {
    throw new ContentError(file, line, 1, message);
  };
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
    if (!Array.isArray(event) || typeof event[0] !== 'number' || typeof event[1] !== 'string' || typeof event[2] !== 'string')
      fail(i + 2, 'an event is [seconds, type, data]');
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
