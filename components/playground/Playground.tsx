'use client';
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { tf, tv, type ViewMessageKey } from '@/lib/i18n/views';
import { ts, tsf } from '@/lib/i18n/site';
import { CodeEditor } from '../lab/CodeEditor';
import { DiagnosticList } from '../lab/DiagnosticList';
import { PlaygroundShare } from './PlaygroundShare';
import { PLAYGROUND_FILE, PLAYGROUND_WORLD, sendPlaygroundText, usePlaygroundModel } from './usePlaygroundModel';
import { describeIncident } from '../world/words';
import { capLinkReplicas, MAX_LINK_PODS } from './linkLimits';
import { useWorldVersion } from '../world/useWorld';
import { decodeState, ShareLinkError, stateFromHash, type PlaygroundState, type PlaygroundTab } from './shareState';
import { WORLDS, worldById } from './worlds';
import { usePlaygroundPersistence } from './usePlaygroundPersistence';
import { useWanted } from './useWanted';
import type { ViewsProps } from './PlaygroundViews';
import '../views/views.css';

// The views, the forms and the terminal: fetched when the views are wanted (useWanted), not with the page.
const ViewsBody = lazy(() => import('./PlaygroundViews').then((m) => ({ default: m.PlaygroundViews })));

const TABS: { id: PlaygroundTab; key: ViewMessageKey }[] = [
  { id: 'traffic', key: 'tabTraffic' },
  { id: 'permissions', key: 'tabPermissions' },
  { id: 'admission', key: 'tabAdmission' },
  { id: 'attack', key: 'tabAttack' },
  { id: 'terminal', key: 'tabTerminal' },
];

/** Free-form manifests, the three views and a terminal on them; state shared as a link or a YAML file. */
export function Playground({ lang }: { lang: Lang }) {
  const [text, setText] = useState(() => worldById('shop')!.text());
  const [world, setWorld] = useState('shop');
  const [pick, setPick] = useState('shop');
  const [tab, setTab] = useState<PlaygroundTab>('traffic');
  const [port, setPort] = useState('');
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [notice, setNotice] = useState('');
  const [terminal, setTerminal] = useState(0);
  const [reveal, setReveal] = useState<{ line: number; column: number; nonce: number } | undefined>();
  const model = usePlaygroundModel(text);
  const version = useWorldVersion(PLAYGROUND_WORLD);
  const [generation, setGeneration] = useState(0);

  const apply = useCallback((state: PlaygroundState) => {
    sendPlaygroundText(state.text);
    setText(state.text);
    setGeneration((g) => g + 1);
    if (state.world) {
      setWorld(state.world);
      setPick(state.world);
    }
    if (state.tab) setTab(state.tab);
    setPort(state.port ?? '');
    setProtocol(state.protocol === 'TCP' || state.protocol === 'UDP' || state.protocol === 'SCTP' ? state.protocol : '');
  }, []);

  useEffect(() => {
    const encoded = stateFromHash(window.location.hash);
    if (!encoded) return;
    decodeState(encoded)
      .then((state) => {
        const limited = capLinkReplicas(state.text);
        apply({ ...state, text: limited.text });
        setNotice(limited.askedPods ? tsf(lang, 'shareReplicasCapped', { asked: limited.askedPods, kept: MAX_LINK_PODS }) : tv(lang, 'restored'));
      })
      .catch((error: unknown) =>
        setNotice(
          tf(lang, 'restoreFailed', {
            error: error instanceof ShareLinkError ? ts(lang, error.problem) : error instanceof Error ? error.message : String(error),
          }),
        ),
      );
  }, [apply, lang]);

  const load = () => {
    const chosen = worldById(pick);
    if (!chosen) return;
    const current = worldById(world)?.text() ?? '';
    if (text.trim() !== '' && text !== current && !window.confirm(tv(lang, 'confirmReplace'))) return;
    const next = chosen.text();
    sendPlaygroundText(next);
    setText(next);
    setGeneration((g) => g + 1);
    setWorld(chosen.id);
    setTab(chosen.tab);
    setNotice('');
  };
  const openTab = useCallback(
    (next: PlaygroundTab) => {
      if (next === 'terminal' && tab !== 'terminal') setTerminal((v) => v + 1);
      setTab(next);
    },
    [tab],
  );
  // Stable callbacks: typing re-renders the editor side only, never the views (PlaygroundViews is memoized).
  const onPort = useCallback((p: string, proto: Protocol | '') => {
    setPort(p);
    setProtocol(proto);
  }, []);
  const reloadTerminal = useCallback(() => setTerminal((v) => v + 1), []);
  const onJump = useCallback((s: { line: number; column: number }) => setReveal({ line: s.line, column: s.column, nonce: Date.now() }), []);
  const onAdd = useCallback((yaml: string) => setText((current) => `${current.trimEnd()}\n---\n${yaml}`), []);
  // Per answer, not per key: the editor's markers and the problem list (thousands of rows in a
  // large world) are the same objects until the worker's next summary.
  const markers = useMemo(() => model.diagnostics.filter((d) => d.line > 0), [model.diagnostics]);
  const problems = useMemo(
    () => <DiagnosticList lang={lang} file={PLAYGROUND_FILE} diagnostics={model.diagnostics} onJump={(line, column) => onJump({ line, column })} />,
    [lang, model.diagnostics, onJump],
  );
  const state: PlaygroundState = { text, world, tab, port, protocol };
  const { ready, urlFollows } = usePlaygroundPersistence(state, apply);

  return (
    <div className="playground" data-testid="playground" data-objects={model.objects} data-model-text-length={model.textLength} data-world-version={version}>
      <p className="lead">{tv(lang, 'pgIntro')}</p>
      <div className="playground-layout">
        <section aria-labelledby="pg-manifests">
          <h2 id="pg-manifests">{tv(lang, 'manifests')}</h2>
          <div className="playground-tools">
            <label className="view-field">
              {tv(lang, 'startingWorld')}
              <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="world-pick">
                {WORLDS.map((w) => (
                  <option key={w.id} value={w.id}>
                    {tv(lang, w.title)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button secondary" onClick={load} data-testid="world-load">
              {tv(lang, 'loadWorld')}
            </button>
          </div>
          <CodeEditor
            lang={lang}
            loadMonaco="touched"
            path={`playground/${PLAYGROUND_FILE}`}
            value={text}
            diagnostics={markers}
            onChange={setText}
            reveal={reveal}
            label={tv(lang, 'editorLabel')}
          />
          <p className="muted small">{t(lang, 'editorKeyboard')}</p>
          <p className="playground-status" role="status" data-testid="playground-status">
            {model.incident ? (
              <span className="view-error" data-testid="playground-stopped">
                {describeIncident(model.incident, lang)}
              </span>
            ) : model.tooLarge ? (
              <span className="view-error">{tf(lang, 'tooLarge', { size: text.length, limit: 2 * 1024 * 1024 })}</span>
            ) : (
              // The time is measured in the browser: rendered only after hydration (the server's figure would differ: React #418).
              `${tf(lang, 'objectsCount', { count: model.objects })}${ready ? ` · ${tf(lang, 'updatedIn', { ms: model.ms.toFixed(1) })}` : ''}${model.stale ? ` · ${tv(lang, 'staleModel')}` : ''}`
            )}
          </p>
          {ready ? (
            <p className="muted small" data-testid="playground-saved">
              {t(lang, 'playgroundSaved')} {urlFollows ? t(lang, 'playgroundUrlFollows') : ''}
            </p>
          ) : null}
          {problems}
          <PlaygroundShare lang={lang} state={state} notice={notice} setNotice={setNotice} />
        </section>
        <PlaygroundViews
          lang={lang}
          tab={tab}
          openTab={openTab}
          generation={generation}
          port={port}
          protocol={protocol}
          onPort={onPort}
          terminal={terminal}
          reloadTerminal={reloadTerminal}
          onJump={onJump}
          onAdd={onAdd}
        />
      </div>
    </div>
  );
}

/**
 * The views' section: its heading and tabs come with the page; the views, the "break it" panel and
 * the question forms render once the section is wanted (near the screen, focused or touched).
 * Memoized: typing re-renders the editor side only.
 */
const PlaygroundViews = memo(function PlaygroundViews(props: ViewsProps & { openTab: (tab: PlaygroundTab) => void }) {
  const { lang, tab, openTab } = props;
  const { ref, wanted } = useWanted<HTMLElement>();
  return (
    <section aria-labelledby="pg-views" ref={ref} data-testid="playground-views" data-wanted={wanted || undefined}>
      <h2 id="pg-views">{tv(lang, 'views')}</h2>
      <div className="view-tabs" role="group" aria-label={tv(lang, 'views')}>
        {TABS.map(({ id, key }) => (
          <button
            key={id}
            type="button"
            className={tab === id ? 'tab active' : 'tab'}
            aria-pressed={tab === id}
            onClick={() => openTab(id)}
            data-testid={`tab-${id}`}
          >
            {tv(lang, key)}
          </button>
        ))}
      </div>
      {wanted ? (
        <Suspense
          fallback={
            <p className="view-note muted" aria-busy="true">
              {t(lang, 'checking')}
            </p>
          }
        >
          <ViewsBody {...props} />
        </Suspense>
      ) : null}
    </section>
  );
});
