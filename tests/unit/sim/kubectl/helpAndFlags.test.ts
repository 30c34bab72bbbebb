// What the lab simulates and refuses, and kubectl's own flag errors.
// Upstream: kubectl pkg/cmd/auth/cani.go (Complete and Validate: "list option must be specified
// with no arguments", "list option can't be specified with neither quiet, all-namespaces nor
// subresource options", "--no-headers cannot be set without --list specified", exit 1 on "no");
// spf13/cobra's help command (`kubectl help get`, "Unknown help topic").
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../lib/sim/shell';
import { runIn, runLines, shopSession } from '../shell/helpers';

const run = (...lines: string[]) => runLines(shopSession(), ...lines);

describe("auth can-i flag errors in kubectl's words", () => {
  it.each([
    ['kubectl auth can-i --list pods', 'error: list option must be specified with no arguments'],
    ['kubectl auth can-i --list -q pods', 'error: list option must be specified with no arguments'],
    ['kubectl auth can-i --list -A', "error: list option can't be specified with neither quiet, all-namespaces nor subresource options"],
    ['kubectl auth can-i --list --quiet', "error: list option can't be specified with neither quiet, all-namespaces nor subresource options"],
    ['kubectl auth can-i --list --subresource=log', "error: list option can't be specified with neither quiet, all-namespaces nor subresource options"],
    ['kubectl auth can-i get pods --no-headers', 'error: --no-headers cannot be set without --list specified'],
    [
      'kubectl auth can-i get nodes --no-headers',
      "Warning: resource 'nodes' is not namespace scoped\nerror: --no-headers cannot be set without --list specified",
    ],
  ])('%s', (line, expected) => {
    const { output, exitCode } = run(line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(1);
  });

  it('--list --no-headers prints the rules without the header line', () => {
    const { output, exitCode } = run('kubectl auth can-i --list --no-headers -n shop');
    expect(exitCode).toBe(0);
    expect(output).not.toMatch(/Resources\s+Non-Resource URLs/);
    expect(output.split('\n').length).toBeGreaterThan(0);
  });
});

describe('help and what is not simulated', () => {
  it("the shell's help lists the simulated commands, the shell features and what is not simulated (en and es)", () => {
    const en = run('help').output;
    expect(en).toContain('kubectl get');
    expect(en).toMatch(/heredocs \(kubectl apply -f - <<EOF/);
    expect(en).toMatch(/Not simulated:\n\s+kubectl edit, kubectl patch/);
    const es = runIn('es', createShellSession(), 'help').output;
    expect(es).toMatch(/^Esta terminal habla con un cluster de Kubernetes simulado/);
    expect(es).toContain('No se simula:');
  });

  it("kubectl help and kubectl help <command> are cobra's help command", () => {
    expect(run('kubectl help').output).toMatch(/^kubectl controls the Kubernetes cluster manager/);
    expect(run('kubectl help get').output).toBe(run('kubectl get --help').output);
    expect(run('kubectl help').output).toMatch(/Not simulated in this lab:\n\s+edit, patch, replace/);
    expect(run('kubectl help nonsense').output.split('\n')[0]).toBe('Unknown help topic [`nonsense`]');
  });

  it.each(['edit pod web', 'scale deploy web --replicas=2', 'port-forward svc/web 8080:80', 'rollout restart deploy/web', 'top pods', 'cp web:/etc/passwd .'])(
    'kubectl %s is refused as not simulated, never misread',
    (command) => {
      const { output, exitCode } = run(`kubectl ${command}`);
      expect(output.split('\n')[0]).toMatch(new RegExp(`^error: "kubectl ${command.split(' ')[0]}" is not simulated in this lab: `));
      expect(exitCode).toBe(1);
    },
  );

  it("the refusal is in the learner's language at the edge; an unknown command is still cobra's", () => {
    expect(runIn('es', createShellSession(), 'kubectl edit pod x').output).toMatch(/^error: "kubectl edit" no está simulado en este laboratorio: /);
    expect(run('kubectl gett pods').output).toMatch(/^error: unknown command "gett" for "kubectl"\n\nDid you mean this\?\n\tget/);
  });
});

describe("the lab's words in kubectl's output are messages (issue 15, words at the edge)", () => {
  it("kubectl help: cobra's headings and kubectl's summaries as text, the lab's lines as messages", () => {
    const { lines } = run('kubectl help');
    expect(lines[0]).toEqual({ stream: 'stdout', message: { code: 'kubectl.help.intro', params: {} } });
    expect(lines.find((l) => l.message?.code === 'kubectl.help.notSimulated')).toBeDefined();
    expect(lines.filter((l) => l.text !== undefined).map((l) => l.text)).toEqual(expect.arrayContaining(['Commands:', 'Usage:']));
    const es = runIn('es', shopSession(), 'kubectl help').output;
    expect(es).toMatch(/^kubectl controla el administrador de clusters de Kubernetes \(simulado en este laboratorio\)\.\n\nCommands:\n/);
    expect(es).toMatch(/No se simula en este laboratorio:\n\s+edit, patch, replace/);
    expect(runIn('es', shopSession(), 'kubectl get --help').output).toMatch(/Usage:\n {2}kubectl get \[flags\] \[options\]\n\nOpciones globales: /);
  });

  const REFUSED = ['edit', 'patch', 'replace', 'scale', 'rollout', 'port-forward', 'cp', 'top', 'attach', 'debug', 'annotate', 'expose', 'explain'];
  const MORE = ['diff', 'wait', 'certificate', 'drain', 'cordon', 'taint', 'kustomize', 'plugin', 'proxy'];

  it.each([...REFUSED, ...MORE])('kubectl %s is refused on stderr with what to do instead, worded in every language', (command) => {
    const { lines, exitCode } = run(`kubectl ${command} x`);
    expect(exitCode).toBe(1);
    expect(lines.map((l) => [l.stream, l.message?.code])).toEqual([
      ['stderr', 'kubectl.notSimulated'],
      ['stderr', 'kubectl.seeHelp'],
    ]);
    const en = runIn('en', shopSession(), `kubectl ${command} x`).output.split('\n');
    const es = runIn('es', shopSession(), `kubectl ${command} x`).output.split('\n');
    expect(en[0]).toMatch(new RegExp(`^error: "kubectl ${command}" is not simulated in this lab: .+\\.$`));
    expect(es[0]).toMatch(new RegExp(`^error: "kubectl ${command}" no está simulado en este laboratorio: .+\\.$`));
    expect(es[1]).toBe("Escribí 'help' para ver qué se simula.");
    // kubectl help <command> refuses it the same way.
    expect(run(`kubectl help ${command}`).lines).toEqual(lines);
  });

  it('what to do instead differs between the commands that need different advice', () => {
    const instead = (command: string) => run(`kubectl ${command}`).lines[0].message!.params.instead;
    expect(instead('drain')).toEqual(instead('cordon'));
    expect(new Set(REFUSED.map((c) => JSON.stringify(instead(c)))).size).toBe(REFUSED.length);
  });

  it("kubectl apply -f - with nothing on stdin: kubectl's error, then the lab's note", () => {
    const { lines, exitCode } = run('kubectl apply -f -');
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      { stream: 'stderr', text: 'error: no objects passed to apply' },
      { stream: 'stderr', message: { code: 'kubectl.note.noStdin', params: {} } },
    ]);
    expect(runIn('es', shopSession(), 'kubectl apply -f -').output.split('\n')[1]).toBe(
      '(lab: `-f -` lee la entrada estándar: pasale el YAML, por ejemplo `cat <<EOF | kubectl apply -f -`)',
    );
  });
});
