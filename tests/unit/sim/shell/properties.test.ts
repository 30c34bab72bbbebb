// Property tests: the shell, runKubectl and completion never throw on generated input, and
// answer the same way twice (deterministic); a line's typed lines and its one text agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../../../lib/sim/kubectl';
import { completeShellLine, createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { render } from '../../../../lib/i18n/messages';
import { LANGS } from '../../../../lib/i18n/languages';
import { shopSession, shownIn } from './helpers';

const WORDS = [
  'kubectl',
  'k',
  'get',
  'describe',
  'apply',
  'create',
  'delete',
  'label',
  'auth',
  'can-i',
  'whoami',
  'exec',
  'run',
  'logs',
  'config',
  'pods',
  'po',
  'svc',
  'deploy',
  'roles',
  'rolebindings',
  'clusterroles',
  'netpol',
  'secrets',
  'cm',
  'sa',
  'ns',
  'nodes',
  'events',
  'all',
  'web',
  'api',
  'shop',
  'default',
  'kube-system',
  'pod/web',
  'svc/api',
  'role',
  'rolebinding',
  'namespace',
  'serviceaccount',
  '-n',
  '-A',
  '-o',
  'yaml',
  'json',
  'wide',
  'name',
  '-l',
  'app=web',
  '--as',
  'alice',
  'system:serviceaccount:shop:api',
  '--as-group',
  'ops',
  '--list',
  '--subresource=log',
  '--verb=get',
  '--resource=pods',
  '--role=pod-reader',
  '--user=bob',
  '--overwrite',
  'tier-',
  'x=y',
  '-f',
  'a.yaml',
  '--',
  'wget',
  '-qO-',
  '-T',
  '2',
  'http://api',
  'curl',
  'nc',
  '-zv',
  'db',
  '5432',
  'nslookup',
  'sh',
  '-c',
  '|',
  'grep',
  'jq',
  '.',
  '-r',
  'head',
  'wc',
  '-l',
  '&&',
  '||',
  ';',
  'echo',
  'clear',
  'history',
  'help',
  '"',
  "'",
  '--rm',
  '-it',
  '--image=busybox',
  'kube-apiserver-minikube',
  '--dry-run=client',
  '--foo',
  '-x',
  '=',
  '',
  '/healthz',
  '*',
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }));
const line = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));

describe('never throws', () => {
  const base = shopSession({ minikube: true, files: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' } });

  it('runShellLine on random command lines, twice the same', () => {
    fc.assert(
      fc.property(line, (text) => {
        const first = runShellLine(base, text);
        const second = runShellLine(base, text);
        expect(typeof first.output).toBe('string');
        expect(Number.isInteger(first.exitCode)).toBe(true);
        expect(second.output).toBe(first.output);
        expect(second.exitCode).toBe(first.exitCode);
      }),
      { numRuns: 200 },
    );
  });

  it('runShellLine over a sequence of random lines (state carried)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        let session = base;
        for (const text of lines) session = runShellLine(session, text).session;
        expect(session.history.length).toBeLessThanOrEqual(lines.length);
      }),
      { numRuns: 60 },
    );
  });

  it('runKubectl on random strings and odd contexts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.anything(), (text, context) => {
        const result = runKubectl(base.cluster, text, context as never);
        expect(Array.isArray(result.output)).toBe(true);
        expect(Number.isInteger(result.exitCode)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('completeShellLine on random prefixes', () => {
    fc.assert(
      fc.property(line, (text) => {
        const result = completeShellLine(base, text);
        expect(result.replaceFrom).toBeGreaterThanOrEqual(0);
        expect(result.replaceFrom).toBeLessThanOrEqual(text.length);
        expect(Array.isArray(result.candidates)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('createShellSession on junk input', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const session = createShellSession(junk as never);
        expect(runShellLine(session, 'kubectl get ns -o name').exitCode).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('runShellLine on junk arguments', () => {
    expect(() => runShellLine(base, undefined as never)).not.toThrow();
    expect(() => runShellLine({ ...base, tick: Number.NaN, history: undefined as never }, 'echo x')).not.toThrow();
    expect(() => runKubectl(undefined as never, 'get pods')).not.toThrow();
    expect(() => completeShellLine(base, null as never)).not.toThrow();
  });
});

describe('lines and output agree; the notes are words at the edge', () => {
  const SEED = 15_2026;
  const NOTES = ['edit', 'scale', 'exit', '-w', 'cat', 'nope.yaml', '>', 'out.txt', '2>&1', '2>/dev/null', 'help', 'sh', 'config', 'set-context', '-'];
  const noisy = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NOTES)), { maxLength: 10 }).map((ws) => ws.join(' '));
  const base = shopSession({ files: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' } });

  it(`output is the lines in English; every note is worded in every language, the text lines the same in all (seed ${SEED})`, () => {
    fc.assert(
      fc.property(noisy, (text) => {
        const { lines, output } = runShellLine(base, text);
        expect(shownIn('en', lines)).toBe(output);
        for (const line of lines) {
          if (line.text !== undefined) expect(line.text).not.toContain('\n');
          else for (const lang of LANGS) expect(render(lang, line.message), `${lang} ${line.message.code}`).not.toMatch(/^\[[\w.]+\]$|^$/);
        }
        const es = shownIn('es', lines).split('\n');
        const en = output.split('\n');
        expect(es).toHaveLength(en.length);
        lines.forEach((line, i) => {
          if (line.text !== undefined) expect(es[i]).toBe(en[i]);
        });
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
