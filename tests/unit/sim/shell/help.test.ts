// The shell's `help` and the lab's notes as messages (words at the edge, issue 15): the shell
// takes no language; each of the lab's sentences is a message the terminal renders in the
// learner's language, kubectl's command names and summaries stay kubectl's English text.
// Upstream for what the notes stand beside: bash prints "<file>: Read-only file system" for a
// redirection it cannot open (bash manual, Redirections); kubectl's Short descriptions
// (k8s.io/kubectl/pkg/cmd/get/get.go "Display one or many resources").
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { english } from '../../../../lib/sim/messages/english';
import { LANGS } from '../../../../lib/i18n/languages';
import { runLines, shownIn } from './helpers';

const FILES = { 'role.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n' };

describe("the shell's help", () => {
  const { lines, output } = runLines(createShellSession(), 'help');

  it("words the lab's sentences as messages and lists kubectl's commands as text", () => {
    const notes = lines.filter((l) => l.message).map((l) => l.message!.code);
    expect(notes).toEqual([
      'shell.help.intro',
      'shell.help.globals',
      'shell.help.output',
      'shell.help.pods',
      'shell.help.shell',
      'shell.help.shell2',
      'shell.help.shell3',
      'shell.help.files',
      'shell.help.notSimulated',
      'shell.help.notTail',
    ]);
    expect(lines.filter((l) => l.text !== undefined).map((l) => l.text)).toContain('  kubectl get           Display one or many resources');
    expect(lines.every((l) => l.stream === 'stdout')).toBe(true);
  });

  it("reads the same in every language but for the lab's sentences, each of which is worded", () => {
    const shown = Object.fromEntries(LANGS.map((lang) => [lang, shownIn(lang, lines).split('\n')]));
    lines.forEach((line, i) => {
      if (line.message) expect(shown.es[i], line.message.code).not.toBe(shown.en[i]);
      else for (const lang of LANGS) expect(shown[lang][i]).toBe(line.text);
    });
    expect(shown.es[0]).toBe('Esta terminal habla con un cluster de Kubernetes simulado (un laboratorio tipo minikube). Se simula:');
    expect(shown.es.at(-1)).toMatch(/^ {2}watch \(-w\), un shell interactivo/);
  });

  it('its one text (output) is the English rendering', () => {
    expect(output).toBe(shownIn('en', lines));
    expect(output).toMatch(/^This terminal talks to a simulated Kubernetes cluster/);
  });

  it('a pipe carries text: the shell has no language, so the notes go down it in English', () => {
    const piped = runLines(createShellSession(), 'help | head -1');
    expect(piped.lines).toEqual([{ stream: 'stdout', text: english(lines[0].message!) }]);
    expect(runLines(createShellSession(), 'help | grep -c kubectl').output).toBe(String(output.split('\n').filter((l) => l.includes('kubectl')).length));
  });
});

describe("the lab's notes beside bash's errors", () => {
  const session = createShellSession({ files: FILES });

  it("a write to a file: bash's error as text, the note as a message on stderr", () => {
    const { lines, exitCode } = runLines(session, 'echo x > role.yaml');
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      { stream: 'stderr', text: 'bash: role.yaml: Read-only file system' },
      { stream: 'stderr', message: { code: 'shell.note.readOnlyFile', params: { name: 'role.yaml' } } },
    ]);
    expect(shownIn('es', lines).split('\n')[1]).toBe(
      '(lab: la terminal no puede escribir role.yaml: sus archivos son una vista de solo lectura de los del ejercicio y del editor; los tuyos cambialos en el editor)',
    );
  });

  it('a missing file names the file in every language; 2>/dev/null drops the note with the error', () => {
    const { lines } = runLines(session, 'cat nope.yaml');
    expect(lines[0]).toEqual({ stream: 'stderr', text: 'cat: nope.yaml: No such file or directory' });
    expect(lines[1].message?.code).toBe('shell.note.noSuchFile');
    for (const lang of LANGS) expect(shownIn(lang, lines.slice(1))).toContain('nope.yaml');
    expect(runLines(session, 'cat nope.yaml 2>/dev/null').lines).toEqual([]);
    expect(runLines(session, 'cat nope.yaml 2>&1 | grep -c "^(lab:"').output).toBe('1');
  });

  it('the session keeps no language: a stray lang option changes nothing', () => {
    expect(Object.keys(session)).not.toContain('lang');
    const withLang = createShellSession({ files: FILES, lang: 'es' } as Parameters<typeof createShellSession>[0]);
    expect(runShellLine(withLang, 'cat nope.yaml').lines).toEqual(runShellLine(session, 'cat nope.yaml').lines);
  });
});
