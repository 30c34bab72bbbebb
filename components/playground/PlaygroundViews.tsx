'use client';
import dynamic from 'next/dynamic';
import type { Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { tv } from '@/lib/i18n/views';
import { TrafficView } from '../views/TrafficView';
import { PermissionView } from '../views/PermissionView';
import { AdmissionView } from '../views/AdmissionView';
import { AttackView } from '../views/AttackView';
import { BreakItPanel } from '../views/BreakItPanel';
import { CanIForm, TrafficForm } from './QuestionForms';
import { PLAYGROUND_FILE, PLAYGROUND_WORLD } from './usePlaygroundModel';
import type { PlaygroundTab } from './shareState';

const TerminalPanel = dynamic(() => import('../terminal/TerminalPanel').then((m) => m.TerminalPanel), { ssr: false });

/** The playground's terminal starts from every object of the manifests (as they are when opened). */
const TERMINAL_ORIGIN = { worldId: PLAYGROUND_WORLD, objects: 'all' } as const;

export interface ViewsProps {
  lang: Lang;
  tab: PlaygroundTab;
  generation: number;
  port: string;
  protocol: Protocol | '';
  onPort: (port: string, protocol: Protocol | '') => void;
  terminal: number;
  reloadTerminal: () => void;
  onJump: (source: { line: number; column: number }) => void;
  onAdd: (yaml: string) => void;
}

/** The views, the terminal and the question forms: re-rendered by their own answers, not by each key typed. */
export function PlaygroundViews({ lang, tab, generation, port, protocol, onPort, terminal, reloadTerminal, onJump, onAdd }: ViewsProps) {
  return (
    <>
      {tab === 'traffic' ? (
        <TrafficView key={generation} lang={lang} worldId={PLAYGROUND_WORLD} port={port} protocol={protocol} onPortChange={onPort} headingLevel={3} />
      ) : null}
      {tab === 'permissions' ? <PermissionView key={generation} lang={lang} worldId={PLAYGROUND_WORLD} headingLevel={3} /> : null}
      {tab === 'admission' ? <AdmissionView key={generation} lang={lang} worldId={PLAYGROUND_WORLD} headingLevel={3} /> : null}
      {tab === 'attack' ? <AttackView key={generation} lang={lang} worldId={PLAYGROUND_WORLD} headingLevel={3} onJump={onJump} /> : null}
      {tab === 'terminal' ? (
        <div className="view">
          <p className="view-note">{tv(lang, 'terminalNote')}</p>
          <button type="button" className="button secondary" onClick={reloadTerminal}>
            {tv(lang, 'reloadTerminal')}
          </button>
          <TerminalPanel key={terminal} lang={lang} origin={TERMINAL_ORIGIN} label={t(lang, 'terminal')} />
        </div>
      ) : null}
      <BreakItPanel lang={lang} worldId={PLAYGROUND_WORLD} headingLevel={2} addTarget={PLAYGROUND_FILE} onAdd={onAdd} />
      <h2>{tv(lang, 'questions')}</h2>
      <div className="question-forms">
        <CanIForm key={`can-${generation}`} lang={lang} worldId={PLAYGROUND_WORLD} />
        <TrafficForm key={`traffic-${generation}`} lang={lang} worldId={PLAYGROUND_WORLD} />
      </div>
    </>
  );
}
