'use client';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
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
import { SelectField, TextField, VerdictAnswer } from '../views/Fields';

const PROTOCOLS = ['', 'TCP', 'UDP', 'SCTP'] as const;

/** An answer of the page worker as the form shows it. */
function shown(outcome: Outcome<{ allowed: boolean; text: string }>, lang: Lang, prefix: (allowed: boolean) => string) {
  if (outcome.status === 'answered') return { allowed: outcome.answer.allowed, text: `${prefix(outcome.answer.allowed)}${outcome.answer.text}` };
  if (outcome.status === 'stopped') return { allowed: false, text: describeIncident(outcome.incident, lang) };
  if (outcome.status === 'failed') return { allowed: false, text: outcome.error };
  return null;
}

/**
 * The forms start from the loaded world (a user its bindings name, two of its pods), not from
 * Shop's names: the page worker reads them from the world. They follow the world's answer until
 * the learner edits a field (the first answer may still be about the world that was there before
 * a load reached the worker); the returned `edited` wraps a field's setter to mark that.
 */
function useLoadedDefaults(worldId: string, apply: (defaults: QuestionDefaults) => void) {
  const { answer } = useWorldAnswer(worldId, { type: 'questionDefaults' });
  const touched = useRef(false);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    if (answer && !touched.current) applyRef.current(answer);
  }, [answer]);
  return useCallback(
    <T,>(set: (value: T) => void) =>
      (value: T) => {
        touched.current = true;
        set(value);
      },
    [],
  );
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
  const edited = useLoadedDefaults(worldId, (d) => {
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
        <TextField label={tv(lang, 'asUser')} value={user} onChange={edited(setUser)} size={14} />
        <TextField label={tv(lang, 'groups')} value={groups} onChange={edited(setGroups)} size={14} />
        <TextField label={tv(lang, 'verb')} value={verb} onChange={edited(setVerb)} size={8} />
        <TextField label={tv(lang, 'resource')} value={resource} onChange={edited(setResource)} size={12} />
        <TextField label={tv(lang, 'namespace')} value={namespace} onChange={edited(setNamespace)} size={10} />
        <button type="submit" className="button">
          {tv(lang, 'ask')}
        </button>
      </div>
      <VerdictAnswer answer={answer} testId="can-i-answer" />
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
  const edited = useLoadedDefaults(worldId, (d) => {
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
        <TextField label={tv(lang, 'from')} value={from} onChange={edited(setFrom)} size={16} describedBy={`${id}-h`} />
        <TextField label={tv(lang, 'to')} value={to} onChange={edited(setTo)} size={16} describedBy={`${id}-h`} />
        <TextField label={tv(lang, 'port')} value={port} onChange={edited(setPort)} size={6} />
        <SelectField label={tv(lang, 'protocol')} value={protocol} options={PROTOCOLS} onChange={edited(setProtocol)} optionText={(p) => p || '—'} />
        <button type="submit" className="button">
          {tv(lang, 'ask')}
        </button>
      </div>
      <VerdictAnswer answer={answer} testId="traffic-answer" />
    </form>
  );
}
