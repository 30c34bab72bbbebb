'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';
import { parseGroups } from '../views/admissionModel';
import { portValue } from '../views/TrafficView';
import { pageWorld } from '../world/pageWorker';
import { describeIncident } from '../world/words';
import type { Outcome } from '../world/client';
import { useWorldAnswer } from '../world/useWorld';
import type { QuestionDefaults } from './questionDefaults';

/** An answer of the page worker as the form shows it. */
function shown(outcome: Outcome<{ allowed: boolean; text: string }>, lang: Lang, prefix: (allowed: boolean) => string) {
  if (outcome.status === 'answered') return { allowed: outcome.answer.allowed, text: `${prefix(outcome.answer.allowed)}${outcome.answer.text}` };
  if (outcome.status === 'stopped') return { allowed: false, text: describeIncident(outcome.incident, lang) };
  if (outcome.status === 'failed') return { allowed: false, text: outcome.error };
  return null;
}

/**
 * The forms start from the loaded world (a user its bindings name, two of its pods), not from
 * Shop's names: the page worker reads them from the world once, when the form appears.
 */
function useLoadedDefaults(worldId: string, apply: (defaults: QuestionDefaults) => void): void {
  const { answer } = useWorldAnswer(worldId, { type: 'questionDefaults' });
  const applied = useRef(false);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    if (!answer || applied.current) return;
    applied.current = true;
    applyRef.current(answer);
  }, [answer]);
}

function endpoint(text: string) {
  const t = text.trim();
  return /^[0-9.:a-fA-F]+$/.test(t) && /[.:]/.test(t) ? { ip: t } : t;
}

/** `kubectl auth can-i` as a form: the verdict and the binding and rule behind it. */
export function CanIForm({ lang, worldId }: { lang: Lang; worldId: string }) {
  const id = useId();
  const [user, setUser] = useState('alice');
  const [groups, setGroups] = useState('');
  const [verb, setVerb] = useState('get');
  const [resource, setResource] = useState('pods');
  const [namespace, setNamespace] = useState('default');
  const [answer, setAnswer] = useState<{ allowed: boolean; text: string } | null>(null);
  useLoadedDefaults(worldId, (d) => {
    setUser(d.user);
    setNamespace(d.namespace);
  });
  const ask = (event: FormEvent) => {
    event.preventDefault();
    void pageWorld()
      .ask(`${id}:can-i`, worldId, { type: 'canI', user, groups: parseGroups(groups), verb, resource, namespace, lang })
      .then((outcome) => {
        const next = shown(outcome, lang, (allowed) => `${tv(lang, allowed ? 'yes' : 'no')} — `);
        if (next) setAnswer(next);
      });
  };
  return (
    <form className="question-form" onSubmit={ask} aria-labelledby={`${id}-t`} data-testid="can-i-form">
      <h3 id={`${id}-t`}>{tv(lang, 'canITitle')}</h3>
      <div className="view-controls">
        <label className="view-field">
          {tv(lang, 'asUser')}
          <input value={user} onChange={(e) => setUser(e.target.value)} size={14} />
        </label>
        <label className="view-field">
          {tv(lang, 'groups')}
          <input value={groups} onChange={(e) => setGroups(e.target.value)} size={14} />
        </label>
        <label className="view-field">
          {tv(lang, 'verb')}
          <input value={verb} onChange={(e) => setVerb(e.target.value)} size={8} />
        </label>
        <label className="view-field">
          {tv(lang, 'resource')}
          <input value={resource} onChange={(e) => setResource(e.target.value)} size={12} />
        </label>
        <label className="view-field">
          {tv(lang, 'namespace')}
          <input value={namespace} onChange={(e) => setNamespace(e.target.value)} size={10} />
        </label>
        <button type="submit" className="button">
          {tv(lang, 'ask')}
        </button>
      </div>
      <div aria-live="polite">
        {answer ? (
          <p className={`verdict-box ${answer.allowed ? 'allowed' : 'denied'}`} data-testid="can-i-answer">
            {answer.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** "May this traffic flow?" as a form, answered by evaluateTraffic and worded by describeTraffic. */
export function TrafficForm({ lang, worldId }: { lang: Lang; worldId: string }) {
  const id = useId();
  const [from, setFrom] = useState('shop/frontend');
  const [to, setTo] = useState('shop/api');
  const [port, setPort] = useState('8080');
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [answer, setAnswer] = useState<{ allowed: boolean; text: string } | null>(null);
  useLoadedDefaults(worldId, (d) => {
    setFrom(d.from);
    setTo(d.to);
    setPort(d.port);
  });
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const question = { from: endpoint(from), to: endpoint(to), port: portValue(port) ?? '', ...(protocol ? { protocol } : {}) };
    void pageWorld()
      .ask(`${id}:traffic`, worldId, { type: 'explainTraffic', question, lang })
      .then((outcome) => {
        const next = shown(outcome, lang, () => '');
        if (next) setAnswer(next);
      });
  };
  return (
    <form className="question-form" onSubmit={ask} aria-labelledby={`${id}-t`} data-testid="traffic-form">
      <h3 id={`${id}-t`}>{tv(lang, 'trafficQTitle')}</h3>
      <p className="view-note" id={`${id}-h`}>
        {tv(lang, 'endpointHelp')}
      </p>
      <div className="view-controls">
        <label className="view-field">
          {tv(lang, 'from')}
          <input value={from} onChange={(e) => setFrom(e.target.value)} size={16} aria-describedby={`${id}-h`} />
        </label>
        <label className="view-field">
          {tv(lang, 'to')}
          <input value={to} onChange={(e) => setTo(e.target.value)} size={16} aria-describedby={`${id}-h`} />
        </label>
        <label className="view-field">
          {tv(lang, 'port')}
          <input value={port} onChange={(e) => setPort(e.target.value)} size={6} />
        </label>
        <label className="view-field">
          {tv(lang, 'protocol')}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol | '')}>
            {(['', 'TCP', 'UDP', 'SCTP'] as const).map((p) => (
              <option key={p} value={p}>
                {p || '—'}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {tv(lang, 'ask')}
        </button>
      </div>
      <div aria-live="polite">
        {answer ? (
          <p className={`verdict-box ${answer.allowed ? 'allowed' : 'denied'}`} data-testid="traffic-answer">
            {answer.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
