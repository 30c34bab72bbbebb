// Worker side: the terminals' kubectl sessions. The terminal UI sends lines and gets lines back.
import { buildWorld, completeShellLine, createShellSession, runShellLine, type ShellSession } from '@/lib/sim';
import type { Answers, OutputLine, Question } from './protocol';

type ShellQuestion = Extract<Question, { type: `shell${string}` }>;

interface Room {
  world(worldId: string): { objects: unknown[]; parsed: { object: unknown; source: { file?: string } }[] };
  files(worldId: string): Record<string, string>;
  readOnlyFiles(worldId: string): string[];
}

interface HeldSession {
  session: ShellSession;
  /** The world whose current files `kubectl apply -f NAME` reads. */
  worldId?: string;
}

/** The output of a command as lines (the shell returns one text; each line goes to stdout). */
export function outputLines(output: string): OutputLine[] {
  if (output === '') return [];
  const text = output.endsWith('\n') ? output.slice(0, -1) : output;
  return text.split('\n').map((line) => ({ stream: 'stdout', text: line }));
}

/** Every terminal of the page: one simulated cluster per terminal, kept across commands. */
export class ShellRoom {
  private sessions = new Map<string, HeldSession>();
  constructor(private readonly room: Room) {}

  answer(q: Question): Answers[ShellQuestion['type']] {
    const question = q as ShellQuestion;
    if (question.type === 'shellOpen') {
      const { origin } = question;
      if ('worldId' in origin) {
        const world = this.room.world(origin.worldId);
        const readOnly = new Set(this.room.readOnlyFiles(origin.worldId));
        const objects = origin.objects === 'all' ? world.objects : world.parsed.filter((p) => readOnly.has(p.source.file ?? '')).map((p) => p.object);
        this.sessions.set(question.session, { session: createShellSession({ objects }), worldId: origin.worldId });
      } else if ('text' in origin) {
        // The one world pipeline (buildWorld) reads the challenge's YAML.
        const { objects } = buildWorld([{ file: 'world.yaml', text: origin.text }]);
        this.sessions.set(question.session, { session: createShellSession({ objects, user: origin.as.user, groups: origin.as.groups, namespace: origin.as.namespace }) });
      } else {
        this.sessions.set(question.session, { session: createShellSession({ objects: origin.objects }) });
      }
      return { ok: true };
    }
    if (question.type === 'shellClose') { this.sessions.delete(question.session); return { ok: true }; }
    const held = this.sessions.get(question.session);
    if (!held) throw new Error(`no terminal session ${question.session}`);
    if (held.worldId) held.session = { ...held.session, files: { ...held.session.files, ...this.room.files(held.worldId) } };
    if (question.type === 'shellFile') {
      held.session = { ...held.session, files: { ...held.session.files, [question.name]: question.text } };
      return { ok: true };
    }
    if (question.type === 'shellComplete') return completeShellLine(held.session, question.line);
    const result = runShellLine(held.session, question.line);
    held.session = result.session;
    return { lines: outputLines(result.output), exitCode: result.exitCode, clear: result.clear === true, history: result.session.history };
  }
}
