/**
 * Event mode's challenges (lessons/event/NN-id/): challenge.yaml (points, words, the learner's
 * identity, the defence and its lesson, hints with costs, the scripted solve), world.yaml (with
 * `{{flag}}`), defence.yaml and brief.{en,es}.md. Loaded at build time; problems are
 * ContentErrors naming the file. Format: docs/event.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { LANGS } from '../i18n/languages';
import { FLAG_PLACEHOLDER } from '../event/flag';
import type { Challenge, ChallengeHint, ObjectRef, SolveStep, Words } from '../event/types';
import { DEFAULT_LESSONS_DIR } from './course';
import { renderSmallMarkdown } from './exercises';
import { ContentError } from './types';

export interface LoadedChallenge extends Challenge {
  briefHtml: Words;
}

export interface EventTrack {
  title: Words;
  summary: Words;
  challenges: LoadedChallenge[];
}

const DIR = /^(\d{2})-([a-z0-9][a-z0-9-]*)$/;
type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(file: string, message: string): never {
  throw new ContentError(file, 1, 1, message);
}

function readYaml(path: string, file: string): Rec {
  try {
    const data: unknown = load(readFileSync(path, 'utf8'));
    return isRec(data) ? data : fail(file, 'must be a YAML mapping');
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    throw new ContentError(file, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1, `not valid YAML: ${(error as { reason?: string }).reason ?? error}`);
  }
}

function words(value: unknown, file: string, key: string): Words {
  const record = isRec(value) ? value : {};
  for (const lang of LANGS)
    if (typeof record[lang] !== 'string' || (record[lang] as string).trim() === '')
      fail(file, `\`${key}\` needs a non-empty \`${lang}\` text (missing translation)`);
  return { en: record.en as string, es: record.es as string };
}

function hints(value: unknown, file: string): ChallengeHint[] {
  if (!Array.isArray(value) || value.length === 0) fail(file, '`hints` must list at least one hint ({cost, en, es})');
  return value.map((h, i) => {
    const cost = isRec(h) ? h.cost : undefined;
    if (typeof cost !== 'number' || !Number.isInteger(cost) || cost < 0) fail(file, `hint ${i + 1}: \`cost\` must be a whole number of points`);
    return { cost, text: words(h, file, `hints[${i}]`) };
  });
}

function solve(value: unknown, file: string): SolveStep[] {
  if (!Array.isArray(value) || value.length === 0) fail(file, '`solve` must list the command lines of a scripted attack');
  return value.map((s, i) => {
    if (!isRec(s) || typeof s.run !== 'string' || s.run.trim() === '') fail(file, `solve step ${i + 1} needs \`run\` (a command line)`);
    if (s.capture !== undefined && (typeof s.capture !== 'string' || !/^[a-zA-Z]\w*$/.test(s.capture)))
      fail(file, `solve step ${i + 1}: \`capture\` must be a name like token`);
    return s.capture ? { run: s.run, capture: s.capture as string } : { run: s.run };
  });
}

function refs(value: unknown, file: string): ObjectRef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(file, '`defence.remove` must be a list of {kind, name, namespace?}');
  return value.map((r, i) => {
    if (!isRec(r) || typeof r.kind !== 'string' || typeof r.name !== 'string') fail(file, `defence.remove[${i}] needs kind and name`);
    return typeof r.namespace === 'string' ? { kind: r.kind, name: r.name, namespace: r.namespace } : { kind: r.kind, name: r.name };
  });
}

function text(dir: string, name: string, file: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) fail(file, `missing ${name}`);
  return readFileSync(path, 'utf8');
}

function start(value: unknown, file: string): Challenge['start'] {
  const s = isRec(value) ? value : {};
  if (typeof s.user !== 'string' || s.user === '') fail(file, "`start.user` must name the learner's user (never an admin)");
  const groups = Array.isArray(s.groups) ? s.groups.filter((g): g is string => typeof g === 'string') : ['system:authenticated'];
  if (groups.includes('system:masters')) fail(file, '`start.groups` may not include system:masters: the learner attacks from a limited identity');
  return { user: s.user, groups, namespace: typeof s.namespace === 'string' && s.namespace !== '' ? s.namespace : 'default' };
}

/** Read one challenge folder. Throws ContentError. */
export function loadChallenge(dir: string, root: string, order: number, id: string): LoadedChallenge {
  const rel = (name: string) => relative(join(root, '..'), join(dir, name));
  const file = rel('challenge.yaml');
  if (!existsSync(join(dir, 'challenge.yaml'))) fail(file, 'missing challenge.yaml');
  const data = readYaml(join(dir, 'challenge.yaml'), file);
  if (typeof data.points !== 'number' || !Number.isInteger(data.points) || data.points <= 0) fail(file, '`points` must be a positive whole number');
  const defence = isRec(data.defence) ? data.defence : {};
  if (typeof defence.lesson !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(defence.lesson))
    fail(file, '`defence.lesson` must name the lesson that teaches the defence, as track/lesson');
  const world = text(dir, 'world.yaml', rel('world.yaml'));
  if (!world.includes(FLAG_PLACEHOLDER)) fail(rel('world.yaml'), `the world must hold the flag: write ${FLAG_PLACEHOLDER} where it lives`);
  const brief = { en: text(dir, 'brief.en.md', rel('brief.en.md')), es: text(dir, 'brief.es.md', rel('brief.es.md')) };
  const challenge: Challenge = {
    id,
    order,
    points: data.points,
    title: words(data.title, file, 'title'),
    summary: words(data.summary, file, 'summary'),
    brief,
    start: start(data.start, file),
    world,
    defence: {
      lesson: defence.lesson,
      world: text(dir, 'defence.yaml', rel('defence.yaml')),
      text: words(defence.text, file, 'defence.text'),
      remove: refs(defence.remove, file),
    },
    hints: hints(data.hints, file),
    solve: solve(data.solve, file),
  };
  return { ...challenge, briefHtml: { en: renderSmallMarkdown(brief.en), es: renderSmallMarkdown(brief.es) } };
}

/** The event track: lessons/event/event.yaml and its challenges in NN- order. Throws ContentError. */
export function loadEventTrack(root: string = DEFAULT_LESSONS_DIR): EventTrack {
  const dir = join(root, 'event');
  const file = relative(join(root, '..'), join(dir, 'event.yaml'));
  if (!existsSync(join(dir, 'event.yaml'))) fail(file, 'missing event.yaml (title and summary per language)');
  const meta = readYaml(join(dir, 'event.yaml'), file);
  const entries = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory())
    .map((n) => ({ n, m: DIR.exec(n) }));
  const bad = entries.find((e) => !e.m);
  if (bad) fail(relative(join(root, '..'), join(dir, bad.n)), 'a challenge folder is named NN-id (two digits, then a kebab-case id)');
  const challenges = entries.map(({ n, m }) => loadChallenge(join(dir, n), root, Number(m![1]), m![2])).sort((a, b) => a.order - b.order);
  const ids = new Set<string>();
  for (const c of challenges) {
    if (ids.has(c.id)) fail(file, `two challenges have the id ${c.id}`);
    ids.add(c.id);
  }
  return { title: words(meta.title, file, 'title'), summary: words(meta.summary, file, 'summary'), challenges };
}

let cachedTrack: EventTrack | undefined;

/** The challenges whose defence a lesson (`track/lesson`) teaches: its "try the attack" links. */
export function challengesDefendedBy(lesson: string, root: string = DEFAULT_LESSONS_DIR): { id: string; title: Words; summary: Words }[] {
  if (!existsSync(join(root, 'event'))) return [];
  if (root === DEFAULT_LESSONS_DIR) cachedTrack ??= loadEventTrack(root);
  const track = root === DEFAULT_LESSONS_DIR && cachedTrack ? cachedTrack : loadEventTrack(root);
  return track.challenges.filter((c) => c.defence.lesson === lesson).map(({ id, title, summary }) => ({ id, title, summary }));
}
