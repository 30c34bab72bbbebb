import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneGoalExercise } from './oneGoalExercise';
import { posted, send, startWorker, stopWorker, until } from './workerScope';

const exercise = oneGoalExercise;

describe('world.worker', () => {
  beforeAll(async () => {
    await startWorker();
  }, 120_000);
  afterAll(() => {
    stopWorker();
  });

  it('says ready once loaded, answers a check without loading more, then answers in order, waiting for a view code on its first question', async () => {
    expect(posted).toEqual([{ type: 'ready' }]);
    send({ type: 'define', worldId: 'e', definition: { kind: 'exercise', exercise } }, { type: 'files', worldId: 'e', version: 1, files: { 'main.yaml': '' } });
    send({ type: 'ask', id: 1, worldId: 'e', question: { type: 'check' } });
    await until(() => posted.length >= 2);
    expect(posted.slice(1).map((m) => [m.type, 'id' in m ? m.id : undefined])).toEqual([['answer', 1]]);

    // The view's question (its code not loaded yet) was asked first: it is answered first, after
    // the code loaded (`ready` again); the check behind it waits its turn; a cancelled one is skipped in its turn.
    posted.length = 0;
    send(
      { type: 'ask', id: 2, worldId: 'e', question: { type: 'subjects' } },
      { type: 'ask', id: 3, worldId: 'e', question: { type: 'check' } },
      { type: 'ask', id: 4, worldId: 'e', question: { type: 'subjects' } },
      { type: 'cancel', id: 4 },
    );
    await until(() => posted.length >= 4);
    expect(posted.map((m) => [m.type, 'id' in m ? m.id : undefined])).toEqual([
      ['loading', undefined],
      ['ready', undefined],
      ['answer', 2],
      ['answer', 3],
      ['cancelled', 4],
    ]);

    // Loaded now: no `ready` before the next view question.
    posted.length = 0;
    send({ type: 'ask', id: 5, worldId: 'e', question: { type: 'subjects' } });
    await until(() => posted.length >= 1);
    expect(posted.map((m) => m.type)).toEqual(['answer']);
  }, 120_000);
});
