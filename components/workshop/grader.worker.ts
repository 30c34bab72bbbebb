// The instructor page's grading worker: reads submission files and re-grades each exercise with
// runLab, one message at a time, so the page never runs the simulator. The page's GraderClient
// restarts it when one input takes too long.
import type { ExerciseDefinition } from '@/lib/lesson';
import { gradeExercise } from '@/lib/workshop/grade';
import { parseSubmission } from '@/lib/workshop/submission';
import type { FromGrader, ToGrader } from './graderProtocol';

const definitions = new Map<string, ExerciseDefinition>();

function post(message: FromGrader): void {
  (self as unknown as Worker).postMessage(message);
}

self.onmessage = (event: MessageEvent<ToGrader>) => {
  const message = event.data;
  if (message.type === 'course') {
    definitions.clear();
    for (const exercise of message.course.exercises) definitions.set(exercise.key, exercise.definition);
  } else if (message.type === 'read') {
    post({ type: 'read', id: message.id, result: parseSubmission(message.text) });
  } else {
    const definition = definitions.get(message.key);
    const grade = definition
      ? gradeExercise(definition, message.work)
      : { status: 'error' as const, reason: 'crashed' as const, hintsUsed: message.work.hintsUsed };
    post({ type: 'graded', id: message.id, grade });
  }
};

post({ type: 'ready' });
