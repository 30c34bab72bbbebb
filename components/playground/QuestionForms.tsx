'use client';
import { useId, useState, type FormEvent } from 'react';
import { authorize, describeAuthorization, describeTraffic, evaluateTraffic, identityFor, type Cluster, type Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';
import { parseGroups } from '../views/admissionModel';
import { portValue } from '../views/TrafficView';
import { questionDefaults } from './questionDefaults';

function endpoint(text: string) {
  const t = text.trim();
  return /^[0-9.:a-fA-F]+$/.test(t) && /[.:]/.test(t) ? { ip: t } : t;
}

/** `kubectl auth can-i` as a form: the verdict and the binding and rule behind it. */
export function CanIForm({ lang, cluster }: { lang: Lang; cluster: Cluster }) {
  const id = useId();
  const [defaults] = useState(() => questionDefaults(cluster));
  const [user, setUser] = useState(defaults.user);
  const [groups, setGroups] = useState('');
  const [verb, setVerb] = useState('get');
  const [resource, setResource] = useState('pods');
  const [namespace, setNamespace] = useState(defaults.namespace);
  const [answer, setAnswer] = useState<{ allowed: boolean; text: string } | null>(null);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const identity = identityFor(user.trim());
    const [head, subresource = ''] = resource.trim().split('/');
    const [name, ...group] = head.split('.');
    const verdict = authorize(cluster, {
      user: identity.user,
      groups: [...new Set([...identity.groups, ...parseGroups(groups)])],
      resourceAttributes: { verb: verb.trim(), resource: name, group: group.join('.'), subresource, namespace: namespace.trim() },
    });
    setAnswer({ allowed: verdict.allowed, text: `${tv(lang, verdict.allowed ? 'yes' : 'no')} — ${describeAuthorization(verdict, lang)}` });
  };
  return (
    <form className="question-form" onSubmit={ask} aria-labelledby={`${id}-t`} data-testid="can-i-form">
      <h3 id={`${id}-t`}>{tv(lang, 'canITitle')}</h3>
      <div className="view-controls">
        <label className="view-field">{tv(lang, 'asUser')}<input value={user} onChange={(e) => setUser(e.target.value)} size={14} /></label>
        <label className="view-field">{tv(lang, 'groups')}<input value={groups} onChange={(e) => setGroups(e.target.value)} size={14} /></label>
        <label className="view-field">{tv(lang, 'verb')}<input value={verb} onChange={(e) => setVerb(e.target.value)} size={8} /></label>
        <label className="view-field">{tv(lang, 'resource')}<input value={resource} onChange={(e) => setResource(e.target.value)} size={12} /></label>
        <label className="view-field">{tv(lang, 'namespace')}<input value={namespace} onChange={(e) => setNamespace(e.target.value)} size={10} /></label>
        <button type="submit" className="button">{tv(lang, 'ask')}</button>
      </div>
      <div aria-live="polite">{answer ? <p className={`verdict-box ${answer.allowed ? 'allowed' : 'denied'}`} data-testid="can-i-answer">{answer.text}</p> : null}</div>
    </form>
  );
}

/** "May this traffic flow?" as a form, answered by evaluateTraffic and worded by describeTraffic. */
export function TrafficForm({ lang, cluster }: { lang: Lang; cluster: Cluster }) {
  const id = useId();
  const [defaults] = useState(() => questionDefaults(cluster));
  const [from, setFrom] = useState(defaults.from);
  const [to, setTo] = useState(defaults.to);
  const [port, setPort] = useState(defaults.port);
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [answer, setAnswer] = useState<{ allowed: boolean; text: string } | null>(null);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const verdict = evaluateTraffic(cluster, { from: endpoint(from), to: endpoint(to), port: portValue(port) ?? '', ...(protocol ? { protocol } : {}) });
    setAnswer({ allowed: verdict.allowed, text: describeTraffic(verdict, lang) });
  };
  return (
    <form className="question-form" onSubmit={ask} aria-labelledby={`${id}-t`} data-testid="traffic-form">
      <h3 id={`${id}-t`}>{tv(lang, 'trafficQTitle')}</h3>
      <p className="view-note" id={`${id}-h`}>{tv(lang, 'endpointHelp')}</p>
      <div className="view-controls">
        <label className="view-field">{tv(lang, 'from')}<input value={from} onChange={(e) => setFrom(e.target.value)} size={16} aria-describedby={`${id}-h`} /></label>
        <label className="view-field">{tv(lang, 'to')}<input value={to} onChange={(e) => setTo(e.target.value)} size={16} aria-describedby={`${id}-h`} /></label>
        <label className="view-field">{tv(lang, 'port')}<input value={port} onChange={(e) => setPort(e.target.value)} size={6} /></label>
        <label className="view-field">{tv(lang, 'protocol')}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol | '')}>
            {(['', 'TCP', 'UDP', 'SCTP'] as const).map((p) => <option key={p} value={p}>{p || '—'}</option>)}
          </select>
        </label>
        <button type="submit" className="button">{tv(lang, 'ask')}</button>
      </div>
      <div aria-live="polite">{answer ? <p className={`verdict-box ${answer.allowed ? 'allowed' : 'denied'}`} data-testid="traffic-answer">{answer.text}</p> : null}</div>
    </form>
  );
}
