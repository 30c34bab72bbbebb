import { describe, expect, it } from 'vitest';
import { featureOf, WorldHost } from '@/components/world/host';
import type { Question } from '@/components/world/protocol';
import { runLab } from '@/lib/lesson';
import { worldById } from '@/components/playground/worlds';
import { oneGoalExercise } from './oneGoalExercise';

const exercise = oneGoalExercise;
const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r, namespace: shop }
rules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: b, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: [{ kind: User, name: ana }]
`;

describe('WorldHost', () => {
  it('checks an exercise like runLab and builds its world once per edit for every question', async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.receive({ type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } });
    const first = host.world('e');
    const check = host.ask('e', { type: 'check' }) as { result: ReturnType<typeof runLab> };
    expect(check.result).toEqual(runLab(exercise, { 'main.yaml': ROLE }));
    expect(check.result.passed).toBe(true);
    host.ask('e', { type: 'subjects' });
    expect(host.world('e')).toBe(first);
    host.receive({ type: 'files', worldId: 'e', version: 2, files: { 'main.yaml': '' } });
    expect(host.world('e')).not.toBe(first);
    expect((host.ask('e', { type: 'check' }) as { result: { passed: boolean } }).result.passed).toBe(false);
  });

  it('a check whose verdict did not change is the same stamped answer (the page is told `same`); a changed one is new', async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.receive({ type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } });
    const first = host.ask('e', { type: 'check' });
    const stamp = host.stampOf(first);
    expect(stamp).toBeDefined();
    // A comment typed: another text, the same verdict.
    host.receive({ type: 'files', worldId: 'e', version: 2, files: { 'main.yaml': `${ROLE}# a note\n` } });
    const again = host.ask('e', { type: 'check' });
    expect(again).toBe(first);
    expect(host.stampOf(again)).toBe(stamp);
    // The binding removed: the verdict changes, a new answer with a new stamp.
    host.receive({ type: 'files', worldId: 'e', version: 3, files: { 'main.yaml': ROLE.split('---')[0] } });
    const changed = host.ask('e', { type: 'check' }) as { result: { passed: boolean } };
    expect(changed).not.toBe(first);
    expect(changed.result.passed).toBe(false);
    expect(host.stampOf(changed)).not.toBe(stamp);
  });

  it('keeps showing the last world that parsed while the playground text is broken', async () => {
    const host = await WorldHost.loaded();
    const shop = worldById('shop')!.text();
    host.receive({ type: 'define', worldId: 'p', definition: { kind: 'text', file: 'p.yaml' } });
    host.receive({ type: 'files', worldId: 'p', version: 1, files: { 'p.yaml': shop } });
    const good = host.ask('p', { type: 'summary' }) as { objects: number; stale: boolean };
    expect(good.stale).toBe(false);
    host.receive({ type: 'files', worldId: 'p', version: 2, files: { 'p.yaml': `${shop}\nkind: [\n` } });
    const broken = host.ask('p', { type: 'summary' }) as { objects: number; stale: boolean; diagnostics: { code: string }[] };
    expect(broken).toMatchObject({ objects: good.objects, stale: true });
    expect(broken.diagnostics.some((d) => d.code.startsWith('yaml-'))).toBe(true);
    const traffic = host.ask('p', { type: 'traffic', query: {} }) as { stale: boolean; model: { totalPods: number } };
    expect(traffic.stale).toBe(true);
    expect(traffic.model.totalPods).toBeGreaterThan(0);
  });

  it('says a text over the simulator limit is too large without reading it', async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'p', definition: { kind: 'text', file: 'p.yaml' } });
    host.receive({ type: 'files', worldId: 'p', version: 1, files: { 'p.yaml': 'a'.repeat(2 * 1024 * 1024 + 1) } });
    expect(host.ask('p', { type: 'summary' })).toMatchObject({ tooLarge: true, objects: 0 });
  });

  it("runs terminal sessions on the exercise world; apply reads the learner's current files", async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.receive({ type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } });
    host.ask(undefined, { type: 'shellOpen', session: 's', origin: { worldId: 'e', objects: 'read-only' } });
    const before = host.ask(undefined, { type: 'shellRun', session: 's', line: 'kubectl auth can-i get pods -n shop --as ana' }) as {
      lines: { text: string }[];
    };
    expect(before.lines.map((l) => l.text)).toEqual(['no']);
    host.ask(undefined, { type: 'shellRun', session: 's', line: 'kubectl apply -f main.yaml' });
    const after = host.ask(undefined, { type: 'shellRun', session: 's', line: 'kubectl auth can-i get pods -n shop --as ana' }) as {
      lines: { text: string }[];
      history: string[];
    };
    expect(after.lines.map((l) => l.text)).toEqual(['yes']);
    expect(after.history).toHaveLength(3);
  });

  it("shows the exercise's world file and the learner's files to ls, cat and apply -f (read-only, in the session's language)", async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.receive({ type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } });
    host.ask(undefined, { type: 'shellOpen', session: 'w', origin: { worldId: 'e', objects: 'read-only' }, lang: 'es' });
    const run = (line: string) => host.ask(undefined, { type: 'shellRun', session: 'w', line }) as { lines: { text: string }[]; exitCode: number };
    expect(run('ls').lines.map((l) => l.text)).toEqual(['main.yaml', 'world.yaml']);
    expect(run('cat world.yaml').lines.map((l) => l.text)).toEqual(exercise.world!.text.trimEnd().split('\n'));
    expect(run('kubectl apply -f world.yaml').lines.map((l) => l.text)).toEqual(['namespace/shop unchanged']);
    const write = run('echo x > world.yaml');
    expect(write.exitCode).toBe(1);
    expect(write.lines.map((l) => l.text)).toEqual([
      'bash: world.yaml: Read-only file system',
      '(lab: la terminal no puede escribir world.yaml: sus archivos son una vista de solo lectura de los del ejercicio y del editor; los tuyos cambialos en el editor)',
    ]);
    host.receive({ type: 'files', worldId: 'e', version: 2, files: { 'main.yaml': '# edited\n' } });
    expect(run('cat main.yaml').lines.map((l) => l.text)).toEqual(['# edited']);
  });

  it("renders the lab's notes in the terminal's language at the edge; kubectl's own text and the streams pass through", async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.ask(undefined, { type: 'shellOpen', session: 'es', origin: { worldId: 'e', objects: 'read-only' }, lang: 'es' });
    host.ask(undefined, { type: 'shellOpen', session: 'en', origin: { worldId: 'e', objects: 'read-only' } });
    const run = (session: string, line: string) =>
      host.ask(undefined, { type: 'shellRun', session, line }) as { lines: { stream: string; text: string }[]; exitCode: number };
    const es = run('es', 'kubectl help').lines.map((l) => l.text);
    const en = run('en', 'kubectl help').lines.map((l) => l.text);
    expect(es[0]).toBe('kubectl controla el administrador de clusters de Kubernetes (simulado en este laboratorio).');
    expect(en[0]).toBe('kubectl controls the Kubernetes cluster manager (simulated in this lab).');
    expect(es.slice(1, 4)).toEqual(en.slice(1, 4));
    expect(es).toContain('Commands:');
    const refused = run('es', 'kubectl scale deploy web --replicas=2');
    expect(refused.exitCode).toBe(1);
    expect(refused.lines).toEqual([
      { stream: 'stderr', text: 'error: "kubectl scale" no está simulado en este laboratorio: poné spec.replicas en el YAML y aplicalo.' },
      { stream: 'stderr', text: "Escribí 'help' para ver qué se simula." },
    ]);
    expect(run('en', 'kubectl get ns nope').lines).toEqual([{ stream: 'stderr', text: 'Error from server (NotFound): namespaces "nope" not found' }]);
  });

  it('keeps the lines of an open heredoc until its delimiter (pending), and drops them on cancel', async () => {
    const host = await WorldHost.loaded();
    host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
    host.ask(undefined, { type: 'shellOpen', session: 'h', origin: { worldId: 'e', objects: 'read-only' } });
    const run = (line: string, cancel?: boolean) =>
      host.ask(undefined, { type: 'shellRun', session: 'h', line, ...(cancel ? { cancel } : {}) }) as {
        lines: { text: string }[];
        pending?: boolean;
        history: string[];
      };
    expect(run('kubectl apply -f - <<EOF').pending).toBe(true);
    for (const line of ['apiVersion: v1', 'kind: Namespace', 'metadata:']) expect(run(line).pending).toBe(true);
    expect(run('  name: dev').pending).toBe(true);
    const done = run('EOF');
    expect(done.pending).toBeUndefined();
    expect(done.lines.map((l) => l.text)).toEqual(['namespace/dev created']);
    expect(done.history).toEqual(['kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nEOF']);
    expect(run('cat <<EOF').pending).toBe(true);
    run('dropped');
    expect(run('', true).lines).toEqual([]);
    expect(run('echo after').lines.map((l) => l.text)).toEqual(['after']);
  });

  it('answers a view once per cluster: an edit that changes no object gets the same answer and stamp, a changed label a new one', async () => {
    const host = await WorldHost.loaded();
    const shop = worldById('shop')!.text();
    host.receive({ type: 'define', worldId: 'p', definition: { kind: 'text', file: 'p.yaml' } });
    host.receive({ type: 'files', worldId: 'p', version: 1, files: { 'p.yaml': shop } });
    const first = host.ask('p', { type: 'traffic', query: {} });
    host.receive({ type: 'files', worldId: 'p', version: 2, files: { 'p.yaml': `${shop}\n# a comment\n` } });
    const second = host.ask('p', { type: 'traffic', query: {} });
    expect(second).toBe(first);
    expect(host.stampOf(second)).toBe(host.stampOf(first));
    host.receive({ type: 'files', worldId: 'p', version: 3, files: { 'p.yaml': shop.replace('app: frontend', 'app: web') } });
    const third = host.ask('p', { type: 'traffic', query: {} }) as { model: { nodes: { labels: Record<string, string> }[] } };
    expect(third).not.toBe(first);
    expect(host.stampOf(third)).not.toBe(host.stampOf(first));
    expect(third.model.nodes.some((n) => n.labels.app === 'web')).toBe(true);
  });

  it('checks without loading the terminal, views or attack code; loads each on its first question and answers as a loaded host does', async () => {
    const lazy = new WorldHost();
    const loaded = await WorldHost.loaded();
    for (const host of [lazy, loaded]) {
      host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } });
      host.receive({ type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } });
    }
    expect(lazy.prepare({ type: 'check' })).toBeUndefined();
    expect(lazy.prepare({ type: 'summary' })).toBeUndefined();
    expect(lazy.ask('e', { type: 'check' })).toEqual(loaded.ask('e', { type: 'check' }));
    const questions: Question[] = [
      { type: 'subjects' },
      { type: 'canI', user: 'ana', groups: [], verb: 'get', resource: 'pods', namespace: 'shop', lang: 'es' },
      { type: 'attack', entry: 'internet', lang: 'en' },
      { type: 'counterexamples', lang: 'en' },
    ];
    const seen = new Set<string | undefined>();
    for (const question of questions) {
      // The first question of each feature finds its code missing; the next ones of that feature do not.
      if (!seen.has(featureOf(question))) expect(() => lazy.ask('e', question), question.type).toThrow(/not loaded/);
      else expect(lazy.prepare(question), question.type).toBeUndefined();
      seen.add(featureOf(question));
      await lazy.prepare(question);
      expect(lazy.prepare(question), question.type).toBeUndefined();
      expect(lazy.ask('e', question), question.type).toEqual(loaded.ask('e', question));
    }
    const open: Question = { type: 'shellOpen', session: 's', origin: { worldId: 'e', objects: 'all' } };
    expect(featureOf(open)).toBe('shell');
    expect(() => lazy.ask(undefined, open)).toThrow(/not loaded/);
    await lazy.prepare(open);
    lazy.ask(undefined, open);
    loaded.ask(undefined, open);
    const line: Question = { type: 'shellRun', session: 's', line: 'kubectl auth can-i get pods -n shop --as ana' };
    expect(lazy.ask(undefined, line)).toEqual(loaded.ask(undefined, line));
  });
});
