// Words at the edge (issue 15): runLab's results carry message codes, not words. Every message in
// every goal result and trap hit of every exercise (start and solution) has words in every
// language, nested ones too, and survives the trip from the worker to the page (structured clone).
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/i18n/languages';
import { CATALOGS, pseudoCatalog, renderWith } from '@/lib/i18n/messages';
import { runLab, type LessonMessage } from '@/lib/lesson';
import { allExercises } from './explain/exerciseFixtures';

/** Every code a message uses, itself and its nested parameters. */
function codesOf(message: LessonMessage): string[] {
  const nested = Object.values(message.params).flatMap((value) => {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item) => (item && typeof item === 'object' && 'code' in item ? codesOf(item as LessonMessage) : []));
  });
  return [message.code, ...nested];
}

const xx = pseudoCatalog();

describe.each(allExercises())('$key', ({ definition }) => {
  it.each(['start', 'solution'] as const)('%s: every goal and trap speaks in worded codes', (which) => {
    const result = runLab(definition, definition[which]);
    const messages = [
      ...result.goals.flatMap((g) => [g.explanation, g.fix, g.trace, ...(g.links ?? []).map((l) => l.label)]),
      ...(result.misconceptions ?? []).flatMap((h) => [h.explanation, h.fix]),
    ].filter((m): m is LessonMessage => m !== undefined);
    expect(messages.length).toBeGreaterThanOrEqual(result.goals.length);
    for (const message of messages) {
      const unknown = codesOf(message).filter((code) => LANGS.some((lang) => !(code in CATALOGS[lang])));
      expect(unknown, message.code).toEqual([]);
      for (const lang of LANGS) expect(renderWith(CATALOGS[lang], message).length, `${lang} ${message.code}`).toBeGreaterThan(0);
      // Through the catalogs: the pseudo-locale brackets the outermost words.
      expect(renderWith(xx, message)).toMatch(/^\[[\s\S]*\]$/);
    }
    expect(structuredClone(result.goals)).toEqual(result.goals);
  });
});
