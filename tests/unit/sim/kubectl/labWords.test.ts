// The lab's own words inside commands it simulates (issue 15, words at the edge): each is a
// message on its stream, worded in the learner's language at the edge; kubectl's lines around
// it stay kubectl's English. Upstream for those lines: cmdutil.UsageErrorf's "See 'kubectl get
// -h' for help and examples" (k8s.io/kubectl/pkg/cmd/util/helpers.go); `kubectl get -w` watches
// (k8s.io/kubectl/pkg/cmd/get/get.go); `kubectl exec POD -- sh` is interactive only with -it
// (k8s.io/kubectl/pkg/cmd/exec/exec.go); run's --override-type (pkg/cmd/util/override_options.go).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { LANGS } from '../../../../lib/i18n/languages';
import { shownIn, shopSession } from '../shell/helpers';

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n';

function lab(line: string, session = shopSession()) {
  const result = runShellLine(session, line);
  return { ...result, es: shownIn('es', result.lines).split('\n'), en: shownIn('en', result.lines).split('\n') };
}

describe("the lab's refusals inside simulated commands", () => {
  it.each([
    ['kubectl get pods -n shop -w', 'kubectl.refuse.watch', /^error: watch \(-w\) no se simula en el laboratorio/],
    [
      'kubectl exec -n shop web -- sh',
      'kubectl.refuse.interactiveExec',
      /^error: los shells interactivos no se simulan en el laboratorio: corré un comando por vez/,
    ],
    ['kubectl config set-context other', 'kubectl.refuse.oneContext', /^error: el laboratorio tiene un solo contexto, minikube: usá --current$/],
    [
      'kubectl get pods -n shop -o custom-columns-file=cols.txt',
      'kubectl.refuse.customColumnsFile',
      /^error: custom-columns-file no se simula en este laboratorio/,
    ],
    [
      `kubectl run x --image=busybox --overrides={} --override-type=json`,
      'kubectl.refuse.overrideType',
      /^error: el kubectl run simulado solo acepta --override-type=merge \(recibió "json"\)$/,
    ],
    ['exit', 'shell.refuse.exit', /^bash: exit: la terminal del laboratorio queda abierta/],
  ])('%s: a message on stderr (exit 1), worded in every language', (line, code, spanish) => {
    const { lines, exitCode, output, es, en } = lab(line);
    expect(exitCode).toBe(1);
    expect(lines[0]).toMatchObject({ stream: 'stderr', message: { code } });
    expect(es[0]).toMatch(spanish);
    expect(en[0]).toBe(output.split('\n')[0]);
    expect(en[0]).not.toBe(es[0]);
  });

  it("get -w keeps kubectl's usage line after the lab's words", () => {
    expect(lab('kubectl get pods -w').lines[1]).toEqual({ stream: 'stderr', text: "See 'kubectl get -h' for help and examples" });
  });
});

describe("the lab's note on what it did with a configuration file", () => {
  it("apply -f of an audit Policy: kubectl's report with the lab's note, on stdout; the object named in every language", () => {
    const session = createShellSession({ files: { 'policy.yaml': POLICY } });
    const { lines, output, es } = lab('kubectl apply -f policy.yaml', session);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ stream: 'stdout', message: { code: 'kubectl.note.loadedAs' } });
    expect(output).toBe("policy.audit.k8s.io/audit-policy created (lab: loaded as the API server's --audit-policy-file from policy.yaml)");
    expect(es[0]).toBe('policy.audit.k8s.io/audit-policy created (lab: cargado como el --audit-policy-file del API server desde policy.yaml)');
    const again = lab('kubectl apply -f policy.yaml', runShellLine(session, 'kubectl apply -f policy.yaml').session);
    for (const lang of LANGS) expect(shownIn(lang, again.lines)).toMatch(/^policy\.audit\.k8s\.io\/audit-policy configured \(lab: /);
  });
});

describe("the terminal's limits", () => {
  it('beyond 3000 lines: the count of lines not shown, as a message', () => {
    const body = Array.from({ length: 3005 }, (_, i) => `line ${i}`).join('\n');
    const { lines, output } = runShellLine(createShellSession(), `cat <<EOF\n${body}\nEOF`);
    expect(lines).toHaveLength(3001);
    expect(lines[3000]).toEqual({ stream: 'stdout', message: { code: 'shell.moreLines', params: { count: 5 } } });
    expect(shownIn('es', lines.slice(3000))).toBe('... (5 líneas más sin mostrar)');
    expect(output.split('\n').at(-1)).toBe('... (5 more lines not shown)');
  });

  it('beyond 300,000 characters: the text cut there, then the note (output and lines agree)', () => {
    const long = 'x'.repeat(1000);
    const body = Array.from({ length: 400 }, () => long).join('\n');
    const { lines, output } = runShellLine(createShellSession(), `cat <<EOF\n${body}\nEOF`);
    expect(output.length).toBe(300_000 + '\n... (output truncated)'.length);
    expect(output.endsWith('\n... (output truncated)')).toBe(true);
    expect(lines.at(-1)).toEqual({ stream: 'stdout', message: { code: 'shell.truncated', params: {} } });
    expect(shownIn('en', lines)).toBe(output);
  });
});
