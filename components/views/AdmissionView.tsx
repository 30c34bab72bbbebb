'use client';
import { Suspense, useEffect, useId, useState } from 'react';
import type { AdmissionStep } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv, type ViewMessageKey } from '@/lib/i18n/views';
import { parseGroups } from './admissionModel';
import { useWorldAnswer } from '../world/useWorld';
import { ViewStatus } from './ViewStatus';
import { Heading } from './Heading';
import { SelectField, TextField } from './Fields';
import { preloadWords, useWords } from '../i18n/useWords';
import './views.css';

export interface AdmissionViewProps {
  lang: Lang;
  /** The page worker's world: its objects are offered as requests, its cluster answers them. */
  worldId: string;
  /** `Kind/namespace/name` of the object sent first. */
  defaultObject?: string;
  defaultUser?: string;
  /** Groups sent first (default system:masters), unless `authenticatorGroups`. */
  defaultGroups?: string[];
  /** Send first the groups the authenticator gives the user, plus `extraGroups`. */
  authenticatorGroups?: boolean;
  extraGroups?: string[];
  defaultOperation?: 'CREATE' | 'UPDATE' | 'DELETE';
  headingLevel?: number;
}

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';
const OPERATIONS: readonly Operation[] = ['CREATE', 'UPDATE', 'DELETE'];
const QUIET: AdmissionStep['outcome'][] = ['not-matched', 'skipped', 'exempt'];

/** A request travelling through the API server: authorization, mutating and validating admission, step by step. */
export function AdmissionView({
  lang,
  worldId,
  defaultObject,
  defaultUser = 'admin',
  defaultGroups = ['system:masters'],
  authenticatorGroups = false,
  extraGroups,
  defaultOperation = 'CREATE',
  headingLevel = 2,
}: AdmissionViewProps) {
  const id = useId();
  preloadWords(lang);
  const [chosen, setChosen] = useState(defaultObject ?? '');
  const [operation, setOperation] = useState<Operation>(defaultOperation);
  const [user, setUser] = useState(defaultUser);
  const [groupsText, setGroupsText] = useState<string | null>(authenticatorGroups ? null : defaultGroups.join(', '));
  const answer = useWorldAnswer(worldId, {
    type: 'admission',
    ref: chosen,
    operation,
    user,
    groups: groupsText === null ? null : parseGroups(groupsText),
    ...(extraGroups ? { extraGroups } : {}),
    lang,
  });
  const result = answer.answer;
  // The groups the worker chose for the user (no default given) fill the field once.
  useEffect(() => {
    if (groupsText === null && result) setGroupsText(result.groups.join(', '));
  }, [groupsText, result]);
  const verdict = result && 'steps' in result ? result : null;
  const target = verdict ? verdict.ref : '';

  return (
    <section className="view admission-view" aria-labelledby={`${id}-title`} data-testid="admission-view">
      <Heading level={headingLevel} id={`${id}-title`}>
        {tv(lang, 'admTitle')}
      </Heading>
      <ViewStatus lang={lang} answer={answer} />
      {!result ? null : !verdict ? (
        <p className="view-note">{tv(lang, 'noObjects')}</p>
      ) : (
        <>
          <fieldset className="view-controls">
            <legend className="visually-hidden">{tv(lang, 'admControls')}</legend>
            <SelectField label={tv(lang, 'object')} value={target} options={verdict.candidates} onChange={setChosen} testId="admission-object" />
            <SelectField label={tv(lang, 'operation')} value={operation} options={OPERATIONS} onChange={setOperation} />
            <TextField label={tv(lang, 'asUser')} value={user} onChange={setUser} size={14} />
            <TextField label={tv(lang, 'groups')} value={groupsText ?? ''} onChange={setGroupsText} size={22} />
          </fieldset>
          <Heading level={headingLevel + 1}>{tv(lang, 'steps')}</Heading>
          {/* The steps wait for the page language's catalog (loaded with the page's first answer). */}
          <Suspense fallback={null}>
            <Steps lang={lang} steps={verdict.steps} />
          </Suspense>
          <Heading level={headingLevel + 1}>{tv(lang, 'verdict')}</Heading>
          <div className={`verdict-box ${verdict.allowed ? 'allowed' : 'denied'}`} role="status" data-testid="admission-verdict">
            {verdict.text}
          </div>
        </>
      )}
    </section>
  );
}

function Steps({ lang, steps }: { lang: Lang; steps: AdmissionStep[] }) {
  const { render } = useWords(lang);
  return (
    <ol className="pipeline" data-testid="admission-steps">
      {steps.map((step, i) => (
        <StepItem key={i} lang={lang} step={step} message={render(step.text)} />
      ))}
    </ol>
  );
}

function StepItem({ lang, step, message }: { lang: Lang; step: AdmissionStep; message: string }) {
  return (
    <li className={`outcome-${step.outcome}${QUIET.includes(step.outcome) ? ' quiet' : ''}`} data-outcome={step.outcome}>
      <div className="step-head">
        <span className="step-phase">{tv(lang, `phase_${step.phase}` as ViewMessageKey)}</span>
        <span className="step-by">{step.by}</span>
        <span className={`step-outcome ${step.outcome}`}>{tv(lang, `outcome_${step.outcome}` as ViewMessageKey)}</span>
      </div>
      {message ? <p className="step-message">{message}</p> : null}
      {step.outcome === 'not-matched' && step.failedCriterion ? (
        <p className="step-message view-note">{tf(lang, 'notMatchedBecause', { criterion: step.failedCriterion })}</p>
      ) : null}
      {step.patch && step.patch.length > 0 ? (
        <details>
          <summary>{tv(lang, 'patch')}</summary>
          <pre>{JSON.stringify(step.patch, null, 2)}</pre>
        </details>
      ) : null}
    </li>
  );
}
