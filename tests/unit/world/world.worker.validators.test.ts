// The worker loads the schema validators a world needs before its first build, as in the browser
// (where none is loaded with the simulator: lib/sim/package.json `#schema-validators`). Here every
// validator is forgotten first, so the worker starts as a page's does; its answers must equal a
// host's with every validator loaded (lib/sim/schemas/schemaValidators.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker } from '@/components/world/protocol';
import { WorldHost } from '@/components/world/host';
import { forgetSchemaValidators, loadSchemaValidators, schemaValidator } from '@/lib/sim/schemas/schemaValidators';
import { oneGoalExercise } from './oneGoalExercise';
import { posted, send, startWorker, stopWorker, until } from './workerScope';

// A Role with a field the schema does not know (kubectl's strict validation rejects it).
const ROLE =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r, namespace: shop }\nrules: [{ apiGroups: [""], resources: [pods], verbs: [get], colour: red }]\n';
// A Pod whose kind is spelled with an escape: no scan of the text names it.
const POD = 'apiVersion: v1\nkind: "P\\x6fd"\nmetadata: { name: p, namespace: shop }\nspec: { containers: [{ name: a, image: a, imagePullPolice: Always }] }\n';

async function expected(files: Record<string, string>): Promise<unknown> {
  await loadSchemaValidators();
  const host = new WorldHost();
  host.receive({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise: oneGoalExercise } });
  host.receive({ type: 'files', worldId: 'e', version: 1, files });
  return host.ask('e', { type: 'check' });
}

function schemaCodes(message: FromWorker | undefined): string[] {
  if (message?.type !== 'answer') return [];
  const { result } = message.answer as { result: { diagnostics: Record<string, { code: string }[]> } };
  return Object.values(result.diagnostics).flatMap((list) => list.map((d) => d.code).filter((code) => code.startsWith('schema-')));
}

describe('world.worker, schema validators loaded per world', () => {
  beforeAll(async () => {
    forgetSchemaValidators();
    await startWorker();
  }, 120_000);
  afterAll(async () => {
    stopWorker();
    await loadSchemaValidators();
  });

  it("loads the kinds an exercise's texts name before the first check, and no other kind", async () => {
    expect(posted).toEqual([{ type: 'ready' }]);
    send(
      { type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise: oneGoalExercise } },
      { type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': ROLE } },
    );
    send({ type: 'ask', id: 1, worldId: 'e', question: { type: 'check' } });
    await until(() => posted.some((m) => m.type === 'answer'));
    expect(posted.slice(1).map((m) => m.type)).toEqual(['loading', 'ready', 'answer']);
    expect(schemaCodes(posted[3])).toEqual(['schema-unknown-field']);
    expect(typeof schemaValidator('io.k8s.api.rbac.v1.Role')).toBe('function');
    expect(typeof schemaValidator('io.k8s.api.core.v1.Namespace')).toBe('function');
    expect(schemaValidator('io.k8s.api.apps.v1.Deployment')).toBeUndefined();
    const answer = posted[3] as Extract<FromWorker, { type: 'answer' }>;
    expect(JSON.stringify(answer.answer)).toBe(JSON.stringify(await expected({ 'main.yaml': ROLE })));
  }, 120_000);

  it('builds again with a kind the texts do not name once the build asked for it', async () => {
    forgetSchemaValidators();
    posted.length = 0;
    send({ type: 'files', worldId: 'e', version: 2, files: { 'main.yaml': POD } }, { type: 'ask', id: 2, worldId: 'e', question: { type: 'check' } });
    await until(() => posted.some((m) => m.type === 'answer'));
    expect(posted.map((m) => m.type)).toEqual(['loading', 'ready', 'loading', 'ready', 'answer']);
    expect(schemaCodes(posted[4])).toEqual(['schema-unknown-field']);
    const answer = posted[4] as Extract<FromWorker, { type: 'answer' }>;
    expect(JSON.stringify(answer.answer)).toBe(JSON.stringify(await expected({ 'main.yaml': POD })));
  }, 120_000);
});
