// The terminal's shell: pipes, lists, builtins, stderr skipping the pipe, history, clear,
// unknown commands, output caps, and tab completion.
import { describe, expect, it } from 'vitest';
import { completeShellLine, createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { runLines, shopSession } from './helpers';

describe('shell', () => {
  const cases: [string, string, number][] = [
    ['foo', 'bash: foo: command not found', 127],
    ['kubectl get pods -n shop | grep web', 'web    1/1     Running   0          10m', 0],
    ['kubectl get pods -n shop | grep -v NAME | wc -l', '2', 0],
    ['kubectl get pods -n shop | grep -i WEB', 'web    1/1     Running   0          10m', 0],
    ['kubectl get pods -n shop | grep nothing', '', 1],
    ['kubectl get pods -n shop | head -n 1', 'NAME   READY   STATUS    RESTARTS   AGE', 0],
    ['kubectl get pods -n shop | tail -1', 'web    1/1     Running   0          10m', 0],
    ['kubectl get pods -n shop -o name | sort -r', 'pod/web\npod/api', 0],
    [
      'kubectl get secrets -n shop --as alice | grep x',
      'Error from server (Forbidden): secrets is forbidden: User "alice" cannot list resource "secrets" in API group "" in the namespace "shop"',
      1,
    ],
    ['kubectl get pods | wc -l', 'No resources found in default namespace.\n0', 0],
    ['kubectl get cm settings -n shop -o json | jq -r .data.mode', 'fast', 0],
    ['kubectl get cm settings -n shop -o json | jq .data', '{\n  "level": "3",\n  "mode": "fast"\n}', 0],
    ['kubectl get sa -n shop -o json | jq -r ".items[].metadata.name"', 'api\ndefault', 0],
    ['kubectl get sa -n shop -o json | jq ".items | length"', '2', 0],
    ['kubectl get pods -n shop | jq .', 'jq: parse error: Invalid literal at line 1, column 5', 2],
    ['echo hello world', 'hello world', 0],
    ['k get ns shop -o name && echo done', 'namespace/shop\ndone', 0],
    ['k get ns nope -o name && echo done', 'Error from server (NotFound): namespaces "nope" not found', 1],
    ['k get ns nope -o name || echo fallback', 'Error from server (NotFound): namespaces "nope" not found\nfallback', 0],
    ['echo a; echo b', 'a\nb', 0],
    ['echo "unterminated', 'bash: unexpected EOF while looking for matching quote', 2],
    ['| grep x', "bash: syntax error near unexpected token `|'", 2],
    ['cat missing.yaml', 'cat: missing.yaml: No such file or directory', 1],
    ['', '', 0],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const { output, exitCode } = runLines(shopSession(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(code);
  });

  it('keeps history and the clock, and clears', () => {
    const first = runShellLine(createShellSession(), 'echo one');
    const second = runShellLine(first.session, 'history');
    expect(second.output).toBe('    1  echo one\n    2  history');
    expect(second.session.tick).toBe(2);
    const cleared = runShellLine(second.session, 'clear');
    expect(cleared).toMatchObject({ output: '', exitCode: 0, clear: true });
  });

  it('lists and shows the session files', () => {
    const session = { ...createShellSession(), files: { 'role.yaml': 'kind: Role\n', 'a.yaml': 'x: 1\n' } };
    expect(runShellLine(session, 'ls').output).toBe('a.yaml\nrole.yaml');
    expect(runShellLine(session, 'cat role.yaml').output).toBe('kind: Role');
  });

  it('prints help for the shell and for kubectl commands', () => {
    expect(runShellLine(createShellSession(), 'help').output).toContain('kubectl auth');
    expect(runShellLine(createShellSession(), 'kubectl').output.split('\n')[0]).toBe(
      'kubectl controls the Kubernetes cluster manager (simulated in this lab).',
    );
    expect(runShellLine(createShellSession(), 'kubectl get --help').output).toContain('kubectl get pods -n shop -o wide');
  });

  it('suggests the closest command for a typo', () => {
    expect(runShellLine(createShellSession(), 'kubectl gte pods').output).toBe(
      'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n\nRun \'kubectl --help\' for usage.',
    );
  });

  it('accepts global flags before the command and the subcommand', () => {
    expect(runLines(shopSession(), 'kubectl -n shop get pods -o name').output).toBe('pod/api\npod/web');
    expect(runLines(shopSession(), 'kubectl --as alice auth can-i -n shop list pods').output).toBe('yes');
    expect(runLines(shopSession(), 'kubectl create -n shop sa extra').output).toBe('serviceaccount/extra created');
  });

  it('says that interactive shells are not simulated', () => {
    expect(runLines(shopSession(), 'kubectl exec -it web -n shop -- sh')).toMatchObject({ exitCode: 1 });
  });

  it('keeps the namespace set with kubectl config set-context --current --namespace', () => {
    const { output } = runLines(shopSession(), 'kubectl config set-context --current --namespace=shop', 'kubectl get pods -o name');
    expect(output).toBe('pod/api\npod/web');
  });

  it('caps huge outputs', () => {
    const session = createShellSession();
    const many = { ...session, history: Array.from({ length: 5000 }, (_, i) => `echo ${i}`) };
    const { output } = runShellLine(many, 'history');
    expect(output.split('\n').length).toBeLessThanOrEqual(3001);
  });

  it('prints kubectl version and api-resources', () => {
    expect(runShellLine(createShellSession(), 'kubectl version').output).toBe('Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0');
    expect(runShellLine(createShellSession(), 'kubectl api-resources | grep -w pods').output).toMatch(/^pods {2,}po {2,}v1 {2,}true {2,}Pod$/);
  });
});

describe('tab completion', () => {
  const session = shopSession({ files: { 'role.yaml': 'x' } });
  const cases: [string, number, string[]][] = [
    ['kub', 0, ['kubectl']],
    [
      'kubectl ',
      8,
      ['api-resources', 'apply', 'auth', 'cluster-info', 'config', 'create', 'delete', 'describe', 'exec', 'get', 'label', 'logs', 'run', 'version'],
    ],
    ['kubectl ge', 8, ['get']],
    ['kubectl get po', 12, ['pods', 'poddisruptionbudgets', 'podtemplates'].sort()],
    ['kubectl get pods -n sh', 20, ['shop']],
    ['kubectl get pods -n shop w', 25, ['web']],
    ['k describe rolebinding -n shop ', 31, ['read-pods']],
    ['kubectl auth ', 13, ['can-i', 'whoami']],
    ['kubectl auth can-i --li', 19, ['--list']],
    ['kubectl apply -f ', 17, ['role.yaml']],
    ['kubectl exec -n shop a', 21, ['api']],
    ['kubectl get pods -o ', 20, ['json', 'jsonpath=', 'name', 'wide', 'yaml']],
    ['kubectl logs kube', 13, []],
    ['echo x | gr', 9, ['grep']],
  ];
  it.each(cases)('%j', (line, replaceFrom, candidates) => {
    expect(completeShellLine(session, line)).toEqual({ replaceFrom, candidates });
  });

  it('completes kind/name forms', () => {
    expect(completeShellLine(session, 'kubectl get svc/ -n shop'.slice(0, 16))).toEqual({ replaceFrom: 12, candidates: [] });
    expect(completeShellLine({ ...session, context: { ...session.context, namespace: 'shop' } }, 'kubectl get svc/a')).toEqual({
      replaceFrom: 12,
      candidates: ['svc/api'],
    });
  });
});
