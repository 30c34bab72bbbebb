'use client';
import { useId, useMemo, useState } from 'react';
import { admit, describeAdmission, type AdmissionStep, type Cluster, type KubeObject } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv, type ViewMessageKey } from '@/lib/i18n/views';
import { admissionCandidates, parseGroups } from './admissionModel';
import { Heading } from './Heading';
import './views.css';

export interface AdmissionViewProps {
  lang: Lang;
  cluster: Cluster;
  /** The objects the learner wrote (as parsed), offered as requests. */
  objects: readonly KubeObject[];
  /** `Kind/namespace/name` of the object sent first. */
  defaultObject?: string;
  defaultUser?: string;
  defaultGroups?: string[];
  defaultOperation?: 'CREATE' | 'UPDATE' | 'DELETE';
  headingLevel?: number;
}

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';
const QUIET: AdmissionStep['outcome'][] = ['not-matched', 'skipped', 'exempt'];

/** A request travelling through the API server: authorization, mutating and validating admission, step by step. */
export function AdmissionView({ lang, cluster, objects, defaultObject, defaultUser = 'admin', defaultGroups = ['system:masters'], defaultOperation = 'CREATE', headingLevel = 2 }: AdmissionViewProps) {
  const id = useId();
  const candidates = useMemo(() => admissionCandidates(objects), [objects]);
  const [chosen, setChosen] = useState(defaultObject ?? '');
  const [operation, setOperation] = useState<Operation>(defaultOperation);
  const [user, setUser] = useState(defaultUser);
  const [groupsText, setGroupsText] = useState(defaultGroups.join(', '));
  const target = candidates.find((c) => c.ref === chosen) ?? candidates[0];
  const verdict = useMemo(() => {
    if (!target) return null;
    const groups = parseGroups(groupsText);
    const withAuthenticated = groups.includes('system:authenticated') ? groups : [...groups, 'system:authenticated'];
    const body = operation === 'CREATE' ? { object: target.object } : operation === 'UPDATE' ? { object: target.object, oldObject: target.object } : { oldObject: target.object };
    return admit(cluster, { operation, ...body, user: user.trim(), groups: withAuthenticated });
  }, [cluster, target, operation, user, groupsText]);

  return (
    <section className="view admission-view" aria-labelledby={`${id}-title`} data-testid="admission-view">
      <Heading level={headingLevel} id={`${id}-title`}>{tv(lang, 'admTitle')}</Heading>
      {!target || !verdict ? <p className="view-note">{tv(lang, 'noObjects')}</p> : (
        <>
          <fieldset className="view-controls">
            <legend className="visually-hidden">{tv(lang, 'admControls')}</legend>
            <label className="view-field">{tv(lang, 'object')}
              <select value={target.ref} onChange={(e) => setChosen(e.target.value)} data-testid="admission-object">
                {candidates.map((c) => <option key={c.ref} value={c.ref}>{c.ref}</option>)}
              </select>
            </label>
            <label className="view-field">{tv(lang, 'operation')}
              <select value={operation} onChange={(e) => setOperation(e.target.value as Operation)}>
                {(['CREATE', 'UPDATE', 'DELETE'] as const).map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            </label>
            <label className="view-field">{tv(lang, 'asUser')}
              <input value={user} onChange={(e) => setUser(e.target.value)} size={14} />
            </label>
            <label className="view-field">{tv(lang, 'groups')}
              <input value={groupsText} onChange={(e) => setGroupsText(e.target.value)} size={22} />
            </label>
          </fieldset>
          <Heading level={headingLevel + 1}>{tv(lang, 'steps')}</Heading>
          <ol className="pipeline" data-testid="admission-steps">
            {verdict.steps.map((step, i) => <StepItem key={i} lang={lang} step={step} />)}
          </ol>
          <Heading level={headingLevel + 1}>{tv(lang, 'verdict')}</Heading>
          <div className={`verdict-box ${verdict.allowed ? 'allowed' : 'denied'}`} role="status" data-testid="admission-verdict">
            {describeAdmission(verdict, lang)}
          </div>
        </>
      )}
    </section>
  );
}

function StepItem({ lang, step }: { lang: Lang; step: AdmissionStep }) {
  const message = lang === 'es' ? step.messageEs || step.message : step.message;
  return (
    <li className={`outcome-${step.outcome}${QUIET.includes(step.outcome) ? ' quiet' : ''}`} data-outcome={step.outcome}>
      <div className="step-head">
        <span className="step-phase">{tv(lang, `phase_${step.phase}` as ViewMessageKey)}</span>
        <span className="step-by">{step.by}</span>
        <span className={`step-outcome ${step.outcome}`}>{tv(lang, `outcome_${step.outcome}` as ViewMessageKey)}</span>
      </div>
      {message ? <p className="step-message">{message}</p> : null}
      {step.outcome === 'not-matched' && step.failedCriterion ? <p className="step-message view-note">{tf(lang, 'notMatchedBecause', { criterion: step.failedCriterion })}</p> : null}
      {step.patch && step.patch.length > 0 ? (
        <details><summary>{tv(lang, 'patch')}</summary><pre>{JSON.stringify(step.patch, null, 2)}</pre></details>
      ) : null}
    </li>
  );
}
