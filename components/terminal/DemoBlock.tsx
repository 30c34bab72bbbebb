'use client';
import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { DemoStep } from './useDemoPlayer';

export interface DemoBlockData {
  id: string;
  title: Record<Lang, string>;
  worldObjects: unknown[];
  steps: DemoStep[];
}

const TerminalPanel = dynamic(() => import('./TerminalPanel').then((m) => m.TerminalPanel), {
  ssr: false,
  loading: () => <p className="muted small">…</p>,
});

/** A demo of the talk: narration and commands replayed into a terminal, then "try it yourself". */
export function DemoBlock({ lang, demo }: { lang: Lang; demo: DemoBlockData }) {
  return (
    <div className="demo-block">
      <p className="eyebrow">{t(lang, 'demo')}</p>
      <TerminalPanel lang={lang} demo={{ id: demo.id, title: demo.title, steps: demo.steps }} worldObjects={demo.worldObjects} label={`${t(lang, 'terminal')}: ${demo.title[lang]}`} />
    </div>
  );
}
