// Heredocs, stdin for `-f -`, redirections and `$?` in the terminal's shell.
// Upstream: bash manual, Here Documents / Redirections / Special Parameters
// (https://www.gnu.org/software/bash/manual/bash.html#Here-Documents), POSIX Shell Command
// Language 2.7.4; kubectl reads `-f -` as "STDIN" (cli-runtime pkg/resource/visitor.go
// FileVisitorForSTDIN); `kubectl auth can-i` exits 1 on "no" (kubectl pkg/cmd/auth/cani.go).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine, type ShellSession } from '../../../../lib/sim/shell';
import { parseShellScript, pendingShellInput } from '../../../../lib/sim/shell/shellScript';
import { shownIn } from './helpers';

const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

function run(lines: string[], session: ShellSession = createShellSession({ files: { 'ns.yaml': NS('from-file') } })) {
  let s = session;
  const results = lines.map((line) => {
    const r = runShellLine(s, line);
    s = r.session;
    return r;
  });
  return { results, session: s, last: results[results.length - 1] };
}

describe('heredocs and stdin', () => {
  it('kubectl apply -f - <<EOF creates what the heredoc holds, named STDIN', () => {
    const { last, session } = run([`kubectl apply -f - <<EOF\n${NS('dev')}EOF`]);
    expect(last.output).toBe('namespace/dev created');
    expect(last.exitCode).toBe(0);
    expect(run(['kubectl get ns dev -o name'], session).last.output).toBe('namespace/dev');
  });

  it('cat <<EOF | kubectl apply -f - pipes the body in', () => {
    const { last } = run([`cat <<EOF | kubectl apply -f -\n${NS('piped')}EOF`]);
    expect(last.output).toBe('namespace/piped created');
  });

  it("<<'EOF' keeps $? literal, <<EOF expands it; <<-EOF strips leading tabs", () => {
    expect(run(['false', "cat <<'EOF'\nstatus $?\nEOF"]).last.output).toBe('status $?');
    expect(run(['false', 'cat <<EOF\nstatus $?\nEOF']).last.output).toBe('status 1');
    const tabbed = `kubectl create -f - <<-END\n${NS('tabs')
      .split('\n')
      .map((l) => (l ? `\t${l}` : l))
      .join('\n')}\tEND`;
    expect(run([tabbed]).last.output).toBe('namespace/tabs created');
  });

  it('echo ... | kubectl create -f - and < file feed stdin', () => {
    expect(run([`echo '${NS('echoed')}' | kubectl create -f -`]).last.output).toBe('namespace/echoed created');
    expect(run(['kubectl apply -f - < ns.yaml']).last.output).toBe('namespace/from-file created');
    const missing = run(['kubectl apply -f - < nope.yaml']).last;
    expect(missing.output).toBe('bash: nope.yaml: No such file or directory');
    expect(missing.exitCode).toBe(1);
  });

  it('errors in stdin are reported against STDIN', () => {
    const { last } = run(['kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: [x\nEOF']);
    expect(last.output).toMatch(/^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+: /);
    expect(last.exitCode).toBe(1);
  });

  it('-f - with no input applies nothing and says how to give it some', () => {
    const { last } = run(['kubectl apply -f -']);
    expect(last.output.split('\n')[0]).toBe('error: no objects passed to apply');
    expect(last.output).toContain('cat <<EOF | kubectl apply -f -');
    expect(last.exitCode).toBe(1);
  });

  it("a heredoc left open at the end of the input ends there with bash's warning", () => {
    const { last } = run(['cat <<EOF\nline']);
    expect(last.output).toBe("bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\nline");
  });

  it('commands after the heredoc run (a newline separates commands)', () => {
    const { last } = run([`kubectl apply -f - <<EOF\n${NS('a')}EOF\nkubectl get ns a -o name`]);
    expect(last.output).toBe('namespace/a created\nnamespace/a');
  });
});

describe("pending input (the terminal's > prompt)", () => {
  it.each([
    ['kubectl apply -f - <<EOF', 'heredoc'],
    ['cat <<EOF | kubectl apply -f -\napiVersion: v1', 'heredoc'],
    ["cat <<'END'\nEOF", 'heredoc'],
    ['echo "open', 'quote'],
    ['kubectl get pods |', 'continuation'],
    ['kubectl get pods \\', 'continuation'],
    ['kubectl get pods &&', 'continuation'],
  ] as const)('%j waits for %s', (text, kind) => {
    expect(pendingShellInput(text)).toBe(kind);
  });

  it.each(['kubectl get pods', 'cat <<EOF\nx\nEOF', "echo '<<EOF'", 'cat <<-EOF\n\tx\n\tEOF', 'echo a\\\\'])('%j is complete', (text) => {
    expect(pendingShellInput(text)).toBeUndefined();
  });

  it('two heredocs on one line read their bodies in order', () => {
    const parsed = parseShellScript('cat <<A <<B\none\nA\ntwo\nB');
    expect(parsed.lists[0].pipeline[0].stdin).toEqual({ kind: 'text', text: 'two\n' });
  });
});

describe('$? and exit statuses', () => {
  it.each([
    [['kubectl auth can-i list secrets --as nobody', 'echo $?'], '1'],
    [['kubectl auth can-i list secrets', 'echo $?'], '0'],
    [['kubectl get ns nope', 'echo "status: $?"'], 'status: 1'],
    [['nosuchcommand', 'echo $?'], '127'],
    [['echo "open', 'echo $?'], '2'],
    [['kubectl get ns default -o name', 'echo $?'], '0'],
    [["echo '$?'"], '$?'],
  ])('%j prints %s', (lines, expected) => {
    expect(run(lines).last.output).toBe(expected);
  });

  it("&& and || follow kubectl's exit status (can-i no is 1)", () => {
    expect(run(['kubectl auth can-i get pods --as nobody && echo allowed || echo denied']).last.output).toBe('no\ndenied');
    expect(run(['kubectl auth can-i get pods -q && echo allowed']).last.output).toBe('allowed');
  });

  it('$? is the status of the previous line, kept in the session', () => {
    const { results } = run(['false', 'echo $?', 'echo $?']);
    expect(results.map((r) => r.output)).toEqual(['', '1', '0']);
  });
});

describe('redirections', () => {
  it('> /dev/null and 2>/dev/null drop output; 2>&1 sends errors down the pipe', () => {
    expect(run(['kubectl get ns default > /dev/null']).last.output).toBe('');
    expect(run(['kubectl get ns nope 2>/dev/null']).last.output).toBe('');
    expect(run(['kubectl get ns nope 2>/dev/null']).last.exitCode).toBe(1);
    expect(run(['kubectl get ns nope 2>&1 | grep -c NotFound']).last.output).toBe('1');
    expect(run(['kubectl get ns nope | grep -c NotFound']).last.output).toBe('Error from server (NotFound): namespaces "nope" not found\n0');
  });

  it('writing a file fails as on a read-only mount, with a lab note (en and es)', () => {
    const en = run(['cat ns.yaml > copy.yaml']).last;
    expect(en.output.split('\n')[0]).toBe('bash: copy.yaml: Read-only file system');
    expect(en.output).toContain('read-only view');
    expect(en.exitCode).toBe(1);
    const es = run(['echo x >> ns.yaml'], createShellSession({ files: { 'ns.yaml': NS('x') } })).last;
    expect(shownIn('es', es.lines)).toContain('solo lectura');
    expect(es.output).toContain('read-only view');
  });
});
