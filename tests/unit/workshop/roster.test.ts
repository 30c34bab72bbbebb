import { describe, expect, it } from 'vitest';
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { ExerciseDefinition } from '@/lib/lesson';
import { hintsCount, lastActivity, passedCount, sortRoster, type RosterEntry } from '@/lib/workshop/roster';
import { csvCell, rosterCsv } from '@/lib/workshop/rosterCsv';

const entry = (learner: string, grades: RosterEntry['grades']): RosterEntry => ({
  id: learner,
  source: `${learner}.json`,
  learner,
  courseVersion: 'v',
  createdAt: '2026-12-07T12:00:00Z',
  grades,
  unknown: [],
  problems: [],
});
const ana = entry('ana', {
  'a/b/one': { status: 'passed', hintsUsed: 2, lastEdited: '2026-12-07T10:00:00Z' },
  'a/b/two': { status: 'failing', failing: ['g1', 'g2'], broken: [], hintsUsed: 0 },
});
const bruno = entry('Bruno', { 'a/b/two': { status: 'failing', failing: ['g1'], broken: [], hintsUsed: 1, lastEdited: '2026-12-07T11:00:00Z' } });
const cleo = entry('cleo', { 'a/b/one': { status: 'error', reason: 'timeout', hintsUsed: 0 } });
const course: WorkshopCourse = {
  courseVersion: 'v',
  exercises: ['one', 'two'].map((id) => ({ key: `a/b/${id}`, lesson: { en: 'Roles, bindings', es: 'Roles, vínculos' }, definition: {} as ExerciseDefinition })),
};

describe('roster', () => {
  it('counts passed exercises and hints, and finds the last activity', () => {
    expect([passedCount(ana), hintsCount(ana), lastActivity(ana)]).toEqual([1, 2, '2026-12-07T10:00:00Z']);
    expect(lastActivity(cleo)).toBeUndefined();
  });

  it('sorts by every column, both ways, stable on ties', () => {
    const names = (rows: RosterEntry[]) => rows.map((r) => r.learner);
    expect(names(sortRoster([cleo, bruno, ana], 'learner', 'ascending'))).toEqual(['ana', 'Bruno', 'cleo']);
    expect(names(sortRoster([cleo, bruno, ana], 'passed', 'descending'))).toEqual(['ana', 'cleo', 'Bruno']);
    expect(names(sortRoster([cleo, bruno, ana], 'lastActivity', 'descending'))).toEqual(['Bruno', 'ana', 'cleo']);
    // By an exercise: passed, then fewer failing goals, then not started, then not graded.
    expect(names(sortRoster([cleo, bruno, ana], { exercise: 'a/b/two' }, 'ascending'))).toEqual(['Bruno', 'ana', 'cleo']);
    expect(names(sortRoster([cleo, bruno, ana], { exercise: 'a/b/one' }, 'ascending'))).toEqual(['ana', 'Bruno', 'cleo']);
  });
});

describe('rosterCsv', () => {
  it('writes one row per learner and exercise, quoted where needed, in the page language', () => {
    const lines = rosterCsv([ana, bruno], course, 'es').split('\r\n');
    expect(lines[0]).toBe('participante,origen,versión del curso,ejercicio,lección,estado,objetivos que fallan,pistas usadas,última edición');
    expect(lines.slice(1, 5)).toEqual([
      'ana,ana.json,v,a/b/one,"Roles, vínculos",aprobado,,2,2026-12-07T10:00:00Z',
      'ana,ana.json,v,a/b/two,"Roles, vínculos",falla,g1 g2,0,',
      'Bruno,Bruno.json,v,a/b/one,"Roles, vínculos",sin empezar,,0,',
      'Bruno,Bruno.json,v,a/b/two,"Roles, vínculos",falla,g1,1,2026-12-07T11:00:00Z',
    ]);
  });

  it('never lets a learner name run as a spreadsheet formula (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const text of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(text).startsWith("'")).toBe(true);
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});
