'use client';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { Goal, GoalResult } from '@/lib/lesson';

/** Above this many goals changing at once, one summary is said rather than each goal. */
const MAX_NAMED_CHANGES = 3;

/**
 * What a polite live region says when a verdict arrives: only the goals whose pass/fail changed
 * since the last trustworthy verdict (never the first verdict, which the status line sums up, and
 * nothing while the results are stale or unchanged), so a keystroke is not read out goal by goal.
 */
export function goalAnnouncement(lang: Lang, goals: Goal[], before: ReadonlyMap<string, boolean> | null, after: ReadonlyMap<string, boolean>): string {
  if (!before) return '';
  const now: Goal[] = [];
  const lost: Goal[] = [];
  for (const goal of goals) {
    const was = before.get(goal.id);
    const is = after.get(goal.id);
    if (was === undefined || is === undefined || was === is) continue;
    (is ? now : lost).push(goal);
  }
  if (now.length + lost.length === 0) return '';
  if (now.length + lost.length > MAX_NAMED_CHANGES) {
    const parts = [now.length ? `${now.length} ${t(lang, 'goalsNowPass')}` : '', lost.length ? `${lost.length} ${t(lang, 'goalsNoLongerPass')}` : ''];
    return `${now.length + lost.length} ${t(lang, 'goalsChanged')} ${parts.filter(Boolean).join(', ')}.`;
  }
  const line = (key: 'goalNowPasses' | 'goalNoLongerPasses') => (g: Goal) => `${t(lang, key)} ${g.text[lang]}`;
  return [...now.map(line('goalNowPasses')), ...lost.map(line('goalNoLongerPasses'))].join('. ');
}

/** The text of the goals' live region, updated when a verdict changes some goal's pass/fail. */
export function useGoalAnnouncement(lang: Lang, goals: Goal[], results: GoalResult[] | null, stale: boolean | undefined): string {
  const last = useRef<Map<string, boolean> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!results || stale) return;
    const after = new Map(results.map((r) => [r.id, r.pass]));
    const said = goalAnnouncement(lang, goals, last.current, after);
    last.current = after;
    if (said) setMessage(said);
  }, [lang, goals, results, stale]);
  return message;
}
