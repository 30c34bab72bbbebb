// Worker side: the terminals' kubectl sessions. The terminal UI sends lines and gets lines back.
// The edge for the terminal's words: the shell returns typed lines, the lab's own notes as
// messages, and they are rendered here in the language the terminal was opened in.
import { buildWorld, completeShellLine, createShellSession, pendingShellInput, runShellLine, type ShellLine, type ShellSession } from '@/lib/sim';
import { render } from '@/lib/i18n/messages';
import type { Lang } from '@/lib/i18n/languages';
import type { Answers, OutputLine, Question } from './protocol';

type ShellQuestion = Extract<Question, { type: `shell${string}` }>;

interface Room {
  world(worldId: string): { objects: unknown[]; parsed: { object: unknown; source: { file?: string } }[] };
  files(worldId: string): Record<string, string>;
  readOnlyFiles(worldId: string): string[];
  /** The exercise's world file (read-only), which the terminal shows with the learner's files. */
  worldFile(worldId: string): { file: string; text: string } | undefined;
}

interface HeldSession {
  session: ShellSession;
  /** The learner's language: the lab's notes are rendered in it (the shell itself has none). */
  lang: Lang;
  /** The world whose current files `kubectl apply -f NAME` reads. */
  worldId?: string;
  /** Lines entered of a command still open (a heredoc waiting for its delimiter). */
  pending?: string;
}

/** What the terminal's files are: the exercise's world file, then the editor's files as they are now. */
function visibleFiles(room: Room, worldId: string): Record<string, string> {
  const world = room.worldFile(worldId);
  return { ...(world ? { [world.file]: world.text } : {}), ...room.files(worldId) };
}

/** The shell's lines as the terminal prints them: each on its stream, a message rendered in `lang` (one line per line of its words). */
export function outputLines(lines: readonly ShellLine[], lang: Lang): OutputLine[] {
  return lines.flatMap((line) =>
    line.message
      ? render(lang, line.message)
          .split('\n')
          .map((text) => ({ stream: line.stream, text }))
      : [{ stream: line.stream, text: line.text }],
  );
}

/** Every terminal of the page: one simulated cluster per terminal, kept across commands. */
export class ShellRoom {
  private sessions = new Map<string, HeldSession>();
  constructor(private readonly room: Room) {}

  answer(q: Question): Answers[ShellQuestion['type']] {
    const question = q as ShellQuestion;
    if (question.type === 'shellOpen') {
      const { origin } = question;
      const lang = question.lang ?? 'en';
      if ('worldId' in origin) {
        const world = this.room.world(origin.worldId);
        const readOnly = new Set(this.room.readOnlyFiles(origin.worldId));
        const objects = origin.objects === 'all' ? world.objects : world.parsed.filter((p) => readOnly.has(p.source.file ?? '')).map((p) => p.object);
        this.sessions.set(question.session, { session: createShellSession({ objects }), lang, worldId: origin.worldId });
      } else if ('text' in origin) {
        // The one world pipeline (buildWorld) reads the challenge's YAML.
        const { objects } = buildWorld([{ file: 'world.yaml', text: origin.text }]);
        this.sessions.set(question.session, {
          session: createShellSession({ objects, user: origin.as.user, groups: origin.as.groups, namespace: origin.as.namespace }),
          lang,
        });
      } else {
        this.sessions.set(question.session, { session: createShellSession({ objects: origin.objects }), lang });
      }
      return { ok: true };
    }
    if (question.type === 'shellClose') {
      this.sessions.delete(question.session);
      return { ok: true };
    }
    const held = this.sessions.get(question.session);
    if (!held) throw new Error(`no terminal session ${question.session}`);
    if (held.worldId) held.session = { ...held.session, files: { ...held.session.files, ...visibleFiles(this.room, held.worldId) } };
    if (question.type === 'shellFile') {
      held.session = { ...held.session, files: { ...held.session.files, [question.name]: question.text } };
      return { ok: true };
    }
    if (question.type === 'shellComplete') return completeShellLine(held.session, question.line);
    const idle = { lines: [], exitCode: held.session.exitCode ?? 0, clear: false, history: held.session.history };
    if (question.cancel === true) {
      held.pending = undefined;
      return idle;
    }
    // bash's PS2: keep reading while a heredoc, quote or continued line is open.
    const text = held.pending === undefined ? question.line : `${held.pending}\n${question.line}`;
    if (pendingShellInput(text) !== undefined) {
      held.pending = text;
      return { ...idle, pending: true };
    }
    held.pending = undefined;
    const result = runShellLine(held.session, text);
    held.session = result.session;
    return { lines: outputLines(result.lines, held.lang), exitCode: result.exitCode, clear: result.clear === true, history: result.session.history };
  }
}
