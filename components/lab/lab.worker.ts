// Web Worker: runs the simulator off the main thread so no input can freeze the page.
import { runLab } from '@/lib/lesson';
import type { ExerciseDefinition } from '@/lib/lesson';
import type { LabRequest, LabResponse } from './labProtocol';

const exercises = new Map<string, ExerciseDefinition>();

self.onmessage = (event: MessageEvent<LabRequest>) => {
  const message = event.data;
  if (message.type === 'define') {
    exercises.set(message.exercise.id, message.exercise);
    return;
  }
  const exercise = exercises.get(message.exerciseId);
  let response: LabResponse;
  if (!exercise) {
    response = { type: 'error', requestId: message.requestId, error: `unknown exercise ${message.exerciseId}` };
  } else {
    try {
      const started = performance.now();
      const { cluster: _cluster, ...result } = runLab(exercise, message.files);
      response = { type: 'result', requestId: message.requestId, result, ms: performance.now() - started };
    } catch (error) {
      response = { type: 'error', requestId: message.requestId, error: error instanceof Error ? error.message : String(error) };
    }
  }
  (self as unknown as Worker).postMessage(response);
};

// The simulator is loaded and compiled: checks can be timed from now on.
(self as unknown as Worker).postMessage({ type: 'ready' } satisfies LabResponse);
