import type { ExerciseDefinition, LabResult } from '@/lib/lesson';

export type LabSnapshot = Omit<LabResult, 'cluster'>;

export type LabRequest =
  | { type: 'define'; exercise: ExerciseDefinition }
  | { type: 'run'; requestId: number; exerciseId: string; files: Record<string, string> };

export type LabResponse =
  | { type: 'ready'; requestId?: undefined }
  | { type: 'result'; requestId: number; result: LabSnapshot; ms: number }
  | { type: 'error'; requestId: number; error: string };
