'use client';
import { useMemo } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { TerminalPanel } from './TerminalPanel';
import type { SessionOrigin } from '../world/protocol';

/**
 * A terminal on an exercise's world (held by the page worker): the cluster starts with the
 * world file's objects; `kubectl apply -f <file>` reads the learner's current files.
 */
export function ExerciseTerminal({ lang, worldId }: { lang: Lang; worldId: string }) {
  const origin = useMemo<SessionOrigin>(() => ({ worldId, objects: 'read-only' }), [worldId]);
  return <TerminalPanel lang={lang} origin={origin} label={t(lang, 'terminal')} />;
}
