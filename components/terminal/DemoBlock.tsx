'use client';
import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { useNearScreen } from '../useNearScreen';
import type { DemoData } from '@/lib/content/shared';

/** A demo as the lesson page hands it over (loaded at build time). */
export type DemoBlockData = DemoData;

const TerminalPanel = dynamic(() => import('./TerminalPanel').then((m) => m.TerminalPanel), {
  ssr: false,
  loading: () => <p className="muted small">…</p>,
});

/** A demo of the talk: narration and commands replayed into a terminal, then "try it yourself". */
export interface DemoBlockProps {
  lang: Lang;
  demo: DemoBlockData;
}

export function DemoBlock({ lang, demo }: DemoBlockProps) {
  // xterm and the simulator load only when the demo comes near the screen.
  const { ref, near } = useNearScreen<HTMLDivElement>();
  return (
    <div className="demo-block" ref={ref}>
      <p className="eyebrow">{t(lang, 'demo')}</p>
      {!near ? (
        <p className="demo-title-static">
          <strong>{demo.title[lang]}</strong>
        </p>
      ) : null}
      {near ? (
        <TerminalPanel
          lang={lang}
          demo={{ id: demo.id, title: demo.title, steps: demo.steps }}
          origin={{ objects: demo.worldObjects }}
          label={`${t(lang, 'terminal')}: ${demo.title[lang]}`}
        />
      ) : null}
    </div>
  );
}
