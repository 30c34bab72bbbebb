'use client';
import { useMemo } from 'react';
import { parseManifests } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { TerminalPanel } from './TerminalPanel';

/** A terminal on an exercise's world; `kubectl apply -f <file>` reads the editor's current files. */
export function ExerciseTerminal({ lang, worldText, worldFile, files }: { lang: Lang; worldText?: string; worldFile?: string; files: () => Record<string, string> }) {
  const worldObjects = useMemo(() => (worldText ? parseManifests(worldText, { file: worldFile }).objects : []), [worldText, worldFile]);
  return <TerminalPanel lang={lang} worldObjects={worldObjects} files={files} label={t(lang, 'terminal')} />;
}
