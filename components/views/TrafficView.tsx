'use client';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { parseSelectorText, type SelectorTextError } from '@/lib/sim/support/labelSelectorText';
import type { TrafficModel, TrafficQuery } from './trafficModel';
import { cellQuestion } from './trafficCell';
import { unpackTrafficModel } from './trafficPack';
import { useWorldAnswer } from '../world/useWorld';
import { ViewStatus } from './ViewStatus';
import { cellProbeText, nodeLabel } from './trafficWords';
import { TrafficGraph } from './TrafficGraph';
import { TrafficMatrixTable } from './TrafficMatrixTable';
import { TrafficConnections } from './TrafficConnections';
import { Heading } from './Heading';
import './views.css';

export interface TrafficViewProps {
  lang: Lang;
  /** The page worker's world the view shows (the worker builds the model). */
  worldId: string;
  /** Port as typed (number or name; '' = every declared port). Controlled when `onPortChange` is given. */
  port?: string;
  protocol?: Protocol | '';
  onPortChange?: (port: string, protocol: Protocol | '') => void;
  /** Heading level of the view's title. */
  headingLevel?: number;
}

const PROTOCOLS: (Protocol | '')[] = ['', 'TCP', 'UDP', 'SCTP'];
// Re-rendered only when their model, query or selection change: an answer that is the same as
// before (an edit that changed no object) re-renders the view's frame, not 200 nodes.
const Graph = memo(TrafficGraph);
const Matrix = memo(TrafficMatrixTable);
const Connections = memo(TrafficConnections);
const EMPTY_MODEL: TrafficModel = { nodes: [], namespaces: [], allNamespaces: [], cells: [], edges: [], totalPods: 0, shownPods: 0 };

export function portValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Who can reach whom: a graph of pods by namespace and the same data as a truth table. */
const WHY = { syntax: 'labelFilterWhySyntax', key: 'labelFilterWhyKey', value: 'labelFilterWhyValue', values: 'labelFilterWhyValues' } as const;

/** Where and why a label selector does not parse, in the learner's language. */
function selectorErrorText(lang: Lang, error: SelectorTextError): string {
  const found = error.found === '' ? tv(lang, 'labelFilterAtEnd') : `“${error.found}”`;
  return tf(lang, 'labelFilterBad', { column: error.column, found, why: tv(lang, WHY[error.code]) });
}

export function TrafficView({ lang, worldId, port: portProp, protocol: protocolProp, onPortChange, headingLevel = 2 }: TrafficViewProps) {
  const id = useId();
  const [portState, setPortState] = useState(portProp ?? '');
  const [protocolState, setProtocolState] = useState<Protocol | ''>(protocolProp ?? '');
  const port = onPortChange ? (portProp ?? '') : portState;
  const protocol = onPortChange ? (protocolProp ?? '') : protocolState;
  const setQuery = (p: string, proto: Protocol | '') => (onPortChange ? onPortChange(p, proto) : (setPortState(p), setProtocolState(proto)));
  const [hidden, setHidden] = useState<string[]>([]);
  const [labelText, setLabelText] = useState('');
  const [combineChoice, setCombine] = useState<boolean | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const [tab, setTab] = useState<'graph' | 'matrix'>('graph');

  const filter = parseSelectorText(labelText);
  const shown = useRef<TrafficModel | null>(null);
  const allNamespaces = shown.current?.allNamespaces ?? [];
  // Without a choice, the worker combines pods every policy treats alike above 40 pods.
  const asked = useMemo(
    () => ({
      port: portValue(port),
      protocol: protocol || undefined,
      namespaces: hidden.length > 0 ? allNamespaces.filter((n) => !hidden.includes(n)) : undefined,
      labelTerms: filter.ok ? filter.requirements : [],
      ...(combineChoice === null ? {} : { combine: combineChoice }),
    }),
    [port, protocol, hidden, allNamespaces.join(','), filter.ok ? JSON.stringify(filter.requirements) : '', combineChoice],
  );
  const answer = useWorldAnswer(worldId, { type: 'traffic', query: asked });
  const packed = answer.answer?.model;
  const model = useMemo(() => (packed ? unpackTrafficModel(packed) : EMPTY_MODEL), [packed]);
  if (packed) shown.current = model;
  const combine = combineChoice ?? answer.answer?.combined ?? false;
  const query: TrafficQuery = useMemo(() => ({ ...asked, combine }), [asked, combine]);
  const selected = selectedId === null ? -1 : model.nodes.findIndex((n) => n.id === selectedId);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setSelectedId(null);
        setPair(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const explain = useCallback((from: number, to: number) => setPair({ from: model.nodes[from].id, to: model.nodes[to].id }), [model]);
  const selectNode = useCallback(
    (index: number) => {
      const nodeId = model.nodes[index].id;
      if (selectedId === null || selected < 0) setSelectedId(nodeId);
      else if (selectedId === nodeId) {
        setSelectedId(null);
        setPair(null);
      } else explain(selected, index);
    },
    [model, selectedId, selected, explain],
  );
  const openPair = useMemo(() => pairIndexes(model, pair), [model, pair]);

  return (
    <section className="view traffic-view" aria-labelledby={`${id}-title`} data-testid="traffic-view" data-world-version={answer.version}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {tv(lang, 'trafficTitle')}
      </Heading>
      <fieldset className="view-controls">
        <legend className="visually-hidden">{tv(lang, 'trafficControls')}</legend>
        <label className="view-field">
          {tv(lang, 'port')}
          <input
            value={port}
            onChange={(e) => setQuery(e.target.value, protocol)}
            inputMode="text"
            size={8}
            aria-describedby={`${id}-port-help`}
            data-testid="traffic-port"
          />
          <span className="hint" id={`${id}-port-help`}>
            {tv(lang, 'portHelp')}
          </span>
        </label>
        <label className="view-field">
          {tv(lang, 'protocol')}
          <select value={protocol} onChange={(e) => setQuery(port, e.target.value as Protocol | '')}>
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p || '—'}
              </option>
            ))}
          </select>
        </label>
        <label className="view-field">
          {tv(lang, 'labelFilter')}
          <input value={labelText} onChange={(e) => setLabelText(e.target.value)} size={18} aria-describedby={`${id}-label-help`} aria-invalid={!filter.ok} />
          <span className="hint" id={`${id}-label-help`}>
            {filter.ok ? tv(lang, 'labelFilterHelp') : <span className="view-error">{selectorErrorText(lang, filter.error)}</span>}
          </span>
        </label>
        <label className="view-check">
          <input type="checkbox" checked={combine} onChange={(e) => setCombine(e.target.checked)} />
          {tv(lang, 'combine')}
        </label>
        {allNamespaces.length > 1 ? (
          <fieldset className="view-namespaces">
            <legend>{tv(lang, 'namespaces')}</legend>
            {allNamespaces.map((ns) => (
              <label key={ns} className="view-check">
                <input
                  type="checkbox"
                  checked={!hidden.includes(ns)}
                  onChange={(e) => setHidden((h) => (e.target.checked ? h.filter((x) => x !== ns) : [...h, ns]))}
                />
                {ns}
              </label>
            ))}
          </fieldset>
        ) : null}
      </fieldset>
      <ViewStatus lang={lang} answer={answer} />
      <p className="view-note" role="status">
        {tf(lang, 'podsShown', { shown: model.shownPods, total: model.totalPods })}
      </p>
      {!answer.answer ? null : model.nodes.length === 0 ? (
        <p className="view-note">{tv(lang, 'noPods')}</p>
      ) : (
        <>
          <div className="view-tabs" role="group" aria-label={tv(lang, 'trafficTitle')}>
            <button type="button" className={tab === 'graph' ? 'tab active' : 'tab'} aria-pressed={tab === 'graph'} onClick={() => setTab('graph')}>
              {tv(lang, 'graph')}
            </button>
            <button
              type="button"
              className={tab === 'matrix' ? 'tab active' : 'tab'}
              aria-pressed={tab === 'matrix'}
              onClick={() => setTab('matrix')}
              data-testid="show-matrix"
            >
              {tv(lang, 'matrix')}
            </button>
          </div>
          {tab === 'graph' ? (
            <>
              <p className="view-note">{tv(lang, 'pairHint')}</p>
              <ul className="view-legend">
                <li>{tv(lang, 'legendAllowed')}</li>
                <li>{tv(lang, 'legendIsolated')}</li>
              </ul>
              <Graph lang={lang} model={model} query={query} selected={selected >= 0 ? selected : null} onSelectNode={selectNode} onExplain={explain} />
              {selected >= 0 ? <Connections level={headingLevel + 1} lang={lang} model={model} index={selected} onExplain={explain} /> : null}
            </>
          ) : (
            <Matrix lang={lang} model={model} query={query} open={openPair} onExplain={explain} />
          )}
          {openPair ? (
            <PairExplanation level={headingLevel + 1} lang={lang} worldId={worldId} model={model} query={query} pair={openPair} onClose={() => setPair(null)} />
          ) : null}
        </>
      )}
    </section>
  );
}

function pairIndexes(model: TrafficModel, pair: { from: string; to: string } | null): { from: number; to: number } | null {
  if (!pair) return null;
  const from = model.nodes.findIndex((n) => n.id === pair.from);
  const to = model.nodes.findIndex((n) => n.id === pair.to);
  return from >= 0 && to >= 0 ? { from, to } : null;
}

interface PairProps {
  level: number;
  lang: Lang;
  worldId: string;
  model: TrafficModel;
  query: TrafficQuery;
  pair: { from: number; to: number };
  onClose: () => void;
}

/** The simulator's explanation of one pair (describeTraffic), kept live as the manifests change. */
function PairExplanation({ level, lang, worldId, model, query, pair, onClose }: PairProps) {
  const from = model.nodes[pair.from];
  const to = model.nodes[pair.to];
  const cell = model.cells[pair.from][pair.to];
  const { self, ...question } = cellQuestion(from, to, cell, query);
  const explained = useWorldAnswer(worldId, self ? null : { type: 'explainTraffic', question, lang });
  const text = self ? tf(lang, 'reasonSelf', {}) : (explained.answer?.text ?? '…');
  return (
    <section className={`explanation ${cell.allowed ? 'allowed' : 'denied'}`} aria-live="polite" data-testid="traffic-explanation">
      <div className="explanation-head">
        <Heading level={level}>
          {nodeLabel(from)} → {nodeLabel(to)}, {cellProbeText(cell, query, lang)}: {tv(lang, cell.allowed ? 'allowed' : 'denied')}
        </Heading>
        <button type="button" className="link-button" onClick={onClose}>
          {tv(lang, 'close')}
        </button>
      </div>
      <p>{text}</p>
    </section>
  );
}
