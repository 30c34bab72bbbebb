'use client';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { subjectText } from './subjectText';
import { SPECIAL_VERBS, STANDARD_VERBS } from './verbs';
import { useWorldAnswer } from '../world/useWorld';
import { describeDangers } from './permissionWords';
import { Heading } from './Heading';
import { NamespaceSelect } from './NamespaceSelect';

interface Props {
  lang: Lang;
  worldId: string;
  namespaces: string[];
  defaultNamespace: string;
  level: number;
}

/** For a resource and verb: every subject allowed, with the binding, role and rule (kubectl-who-can). */
export function WhoCanPanel({ lang, worldId, namespaces, defaultNamespace, level }: Props) {
  const id = useId();
  const [resource, setResource] = useState('secrets');
  const [verb, setVerb] = useState('get');
  const [namespace, setNamespace] = useState(defaultNamespace);
  const [all, setAll] = useState(false);
  const answer = useWorldAnswer(worldId, { type: 'whoCan', resource, verb, namespace, all }).answer;
  const row = answer?.row ?? { resource: '', subresource: '', group: '', namespaced: true, label: resource };
  const grants = answer?.grants ?? [];
  const dangers = answer?.dangers ?? [];
  const where = row.namespaced ? (all ? '*' : namespace || tv(lang, 'clusterWide')) : tv(lang, 'clusterScoped');

  return (
    <section className="who-can" aria-labelledby={`${id}-title`} data-testid="who-can">
      <Heading level={level} id={`${id}-title`}>
        {tv(lang, 'whoCanTitle')}
      </Heading>
      <fieldset className="view-controls">
        <legend className="visually-hidden">{tv(lang, 'whoCanControls')}</legend>
        <label className="view-field">
          {tv(lang, 'verb')}
          <select value={verb} onChange={(e) => setVerb(e.target.value)}>
            {[...STANDARD_VERBS, ...SPECIAL_VERBS, 'use', '*'].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="view-field">
          {tv(lang, 'resource')}
          <input value={resource} onChange={(e) => setResource(e.target.value)} size={18} aria-describedby={`${id}-help`} />
          <span className="hint" id={`${id}-help`}>
            {tv(lang, 'resourceHelp')}
          </span>
        </label>
        <NamespaceSelect lang={lang} namespaces={namespaces} value={namespace} onChange={setNamespace} />
        <label className="view-check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {tv(lang, 'allNamespaces')}
        </label>
      </fieldset>
      {dangers.length > 0 ? (
        <p>
          <strong>⚠ {tv(lang, 'dangerous')}:</strong> {describeDangers(dangers, lang)}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table" data-testid="who-can-table">
          <caption>{tf(lang, 'whoCanCaption', { verb, resource: row.label, namespace: where })}</caption>
          <thead>
            <tr>
              <th scope="col">{tv(lang, 'subject')}</th>
              <th scope="col">{tv(lang, 'binding')}</th>
              <th scope="col">{tv(lang, 'role')}</th>
              <th scope="col">{tv(lang, 'rule')}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((g, i) => (
              <tr key={i}>
                <th scope="row">{subjectText(g.subject)}</th>
                <td>
                  {g.binding ? `${g.binding.kind} ${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name}` : tv(lang, 'privilegedGroupVia')}
                </td>
                <td>{g.role ? `${g.role.kind} ${g.role.name}` : '—'}</td>
                <td>{g.ruleIndex >= 0 ? g.ruleIndex + 1 : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grants.length <= 1 ? <p className="view-note">{tv(lang, 'whoCanNone')}</p> : null}
    </section>
  );
}
