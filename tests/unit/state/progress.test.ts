import { describe, expect, it } from 'vitest';
import { exportProgress, readProgressData } from '@/lib/state/progress';

describe('progress data', () => {
  it('round-trips through the export format', () => {
    const data = { exercises: { 'rbac/first/couch': { files: { 'role.yaml': 'x' }, passedGoals: ['a'], completed: true, hintsShown: 2, updatedAt: 5 } } };
    const parsed = JSON.parse(exportProgress(data));
    expect(parsed.format).toBe('k8s-security-lab-progress');
    expect(parsed.version).toBe(1);
    expect(readProgressData(parsed)).toEqual(data);
  });
  it('rejects damaged data instead of half-applying it', () => {
    expect(readProgressData(null)).toBeNull();
    expect(readProgressData({ exercises: [] })).toBeNull();
    expect(readProgressData({ exercises: { a: 3 } })).toBeNull();
    expect(readProgressData({ exercises: { a: { files: { f: 3 }, passedGoals: 'x', hintsShown: -1 } } })).toEqual({ exercises: { a: { files: undefined, passedGoals: [], completed: false, hintsShown: 0, updatedAt: 0 } } });
  });
});
