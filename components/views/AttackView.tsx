'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { ta } from '@/lib/i18n/attack';
import type { AttackPathAnswer } from '../world/protocol';
import { useWorldAnswer } from '../world/useWorld';
import { ViewStatus } from './ViewStatus';
import { Heading } from './Heading';
import { InlineMarkdown } from '../lab/InlineMarkdown';
import './views.css';

export interface AttackViewProps {
  lang: Lang;
  worldId: string;
  /** Entry to start from (`internet`, `pod:ns/name`, `sa:ns/name`, `user:name`); the worker picks one when absent or unknown. */
  defaultEntry?: string;
  headingLevel?: number;
  /** Jump to a line of an editable file (the exercise's or the playground's editor). */
  onJump?: (source: { file: string; line: number; column: number }) => void;
}

/** Step keys of a set of paths, to tell which steps an edit removed. */
function stepKeys(paths: AttackPathAnswer[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const path of paths) for (const step of path.steps) keys.set(step.key, step.text);
  return keys;
}

/**
 * Attack paths from one entry to every crown jewel it reaches, each step a simulator verdict
 * with what to change and where. An ordered list per path (readable by screen readers as is);
 * the steps the last edit broke are listed apart, struck through.
 */
export function AttackView({ lang, worldId, defaultEntry, headingLevel = 2, onJump }: AttackViewProps) {
  const id = useId();
  const [entry, setEntry] = useState(defaultEntry ?? '');
  const [lateral, setLateral] = useState(false);
  const answer = useWorldAnswer(worldId, { type: 'attack', entry, lateral: lateral ? 'exploit' : 'connect', lang });
  const data = answer.answer;
  // The last answer that had paths for this entry: an edit that breaks links is compared with it,
  // so a moment of empty text in between (select all, paste) does not hide what broke.
  const previous = useRef<{ entry: string; keys: Map<string, string>; targets: Set<string> } | null>(null);
  const [broken, setBroken] = useState<string[]>([]);
  const [gone, setGone] = useState<string[]>([]);

  useEffect(() => {
    if (!data) return;
    const keys = stepKeys(data.paths);
    const targets = new Set(data.paths.map((p) => p.targetLabel));
    const before = previous.current?.entry === data.entry ? previous.current : null;
    setBroken(before ? [...before.keys].filter(([key]) => !keys.has(key)).map(([, text]) => text) : []);
    setGone(before ? [...before.targets].filter((t) => !targets.has(t)) : []);
    if (data.paths.length > 0 || !before) previous.current = { entry: data.entry, keys, targets };
  }, [data]);

  const entryLabel = data?.entries.find((e) => e.id === data.entry)?.label ?? '';
  return (
    <div className="view attack-view" data-testid="attack-view">
      <Heading level={headingLevel} id={`${id}-title`}>
        {ta(lang, 'attackTitle')}
      </Heading>
      <p className="view-note">{ta(lang, 'attackIntro')}</p>
      <div className="view-controls">
        <label className="view-field">
          {ta(lang, 'attackEntry')}
          <select value={data?.entry ?? entry} onChange={(e) => setEntry(e.target.value)} data-testid="attack-entry">
            {(data?.entries ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label className="view-check">
          <input type="checkbox" checked={lateral} onChange={(e) => setLateral(e.target.checked)} /> {ta(lang, 'attackLateral')}
        </label>
      </div>
      <ViewStatus lang={lang} answer={answer} />
      {data?.truncated ? <p className="view-note view-error">{ta(lang, 'attackTruncated')}</p> : null}
      {broken.length || gone.length ? (
        <div className="attack-broken" role="status" data-testid="attack-broken">
          <p>
            <strong>{ta(lang, 'attackBroken')}</strong>
          </p>
          <ul>
            {gone.map((target) => (
              <li key={`t-${target}`}>{ta(lang, 'attackBrokenNone', { target })}</li>
            ))}
            {broken.map((text) => (
              <li key={text}>
                <del>{text}</del>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data ? (
        data.paths.length === 0 ? (
          <p className="attack-none" data-testid="attack-none">
            ✔ {ta(lang, 'attackNone', { entry: entryLabel })}
          </p>
        ) : (
          <div data-testid="attack-paths">
            <p>{ta(lang, 'attackFound', { count: data.paths.length, entry: entryLabel })}</p>
            {data.paths.map((path) => (
              <details key={path.target} className="attack-path" data-target={path.target} open={data.paths.length <= 3}>
                <summary>
                  ⚠ <strong>{path.targetLabel}</strong> <span className="muted">· {ta(lang, 'attackSteps', { count: path.steps.length })}</span>
                </summary>
                <ol>
                  {path.steps.map((step) => (
                    <li key={step.key} data-technique={step.technique}>
                      <span>
                        <InlineMarkdown text={step.text} />
                      </span>
                      <span className="attack-fix muted small">
                        {' '}
                        <InlineMarkdown text={ta(lang, 'attackFix', { fix: step.fix })} />
                      </span>
                      {step.source && onJump ? (
                        <button type="button" className="link-button small" onClick={() => onJump(step.source!)}>
                          {ta(lang, 'attackGoTo', { line: step.source.line, file: step.source.file })}
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </div>
        )
      ) : null}
    </div>
  );
}
