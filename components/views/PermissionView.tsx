'use client';
import { useEffect, useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';
import type { SubjectChoice, SubjectKind, Vocabulary } from '@/lib/sim';
import { subjectText } from './subjectText';
import { useWorldAnswer } from '../world/useWorld';
import { ViewStatus } from './ViewStatus';
import { describeDangers } from './permissionWords';
import { PermissionMatrixTable } from './PermissionMatrixTable';
import { PermissionListTable } from './PermissionListTable';
import { WhoCanPanel } from './WhoCanPanel';
import { Heading } from './Heading';
import { NamespaceSelect } from './NamespaceSelect';
import './views.css';

export interface PermissionViewProps {
  lang: Lang;
  /** The page worker's world the view shows. */
  worldId: string;
  /** Subject shown first (default: the first subject a binding names). */
  defaultSubject?: SubjectChoice;
  defaultNamespace?: string;
  /** Resources and verbs to show besides the usual ones (a lesson's goals name them). */
  extra?: Vocabulary;
  headingLevel?: number;
}

const KINDS: SubjectKind[] = ['User', 'Group', 'ServiceAccount'];

/** What may a subject do (resources × verbs, like rakkess) and who may do something (like kubectl-who-can). */
export function PermissionView({ lang, worldId, defaultSubject, defaultNamespace, extra, headingLevel = 2 }: PermissionViewProps) {
  const id = useId();
  const known = useWorldAnswer(worldId, { type: 'subjects' });
  const subjects = known.answer?.subjects ?? [];
  const namespaces = known.answer?.namespaces ?? [];
  const initial = defaultSubject ?? { kind: 'User' as const, name: '' };
  const [kind, setKind] = useState<SubjectKind>(initial.kind);
  const [name, setName] = useState(initial.name);
  const [saNamespace, setSaNamespace] = useState(initial.namespace ?? 'default');
  const [namespace, setNamespace] = useState(defaultNamespace ?? '');
  const [special, setSpecial] = useState(false);
  const [onlyGranted, setOnlyGranted] = useState(false);
  const [open, setOpen] = useState<{ resource: string; verb: string } | null>(null);

  // Until the learner picks: the first subject a binding names, in the namespace its grants are.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled || !known.answer) return;
    setSettled(true);
    const first = defaultSubject ? (subjects.find((s) => subjectText(s) === subjectText(defaultSubject)) ?? defaultSubject) : subjects[0];
    if (!defaultSubject && first) {
      setKind(first.kind);
      setName(first.name);
      if (first.namespace) setSaNamespace(first.namespace);
    }
    const suggested = (first as { suggestedNamespace?: string } | undefined)?.suggestedNamespace;
    if (!defaultNamespace) setNamespace(suggested ?? namespaces.find((n) => !n.startsWith('kube-') && n !== 'default') ?? 'default');
  }, [settled, known.answer, subjects, namespaces, defaultSubject, defaultNamespace]);

  const subject: SubjectChoice =
    kind === 'ServiceAccount' ? { kind, name: name.trim(), namespace: saNamespace.trim() || 'default' } : { kind, name: name.trim() };
  const matrix = useWorldAnswer(worldId, subject.name && namespace ? { type: 'permissions', subject, namespace, special, onlyGranted, extra, lang } : null);
  const model = subject.name && matrix.answer ? matrix.answer.model : null;
  const who = subjectText(subject);
  const openIndex = model && open ? { row: model.rows.findIndex((r) => r.label === open.resource), col: model.verbs.indexOf(open.verb) } : null;
  const openCell = model && openIndex && openIndex.row >= 0 && openIndex.col >= 0 ? model.cells[openIndex.row][openIndex.col] : null;
  const openText = openIndex && openCell ? (matrix.answer?.explanations[openIndex.row]?.[openIndex.col] ?? '') : '';
  const choose = (value: string) => {
    const found = subjects.find((s) => subjectText(s) === value);
    if (!found) return;
    setKind(found.kind);
    setName(found.name);
    if (found.namespace) setSaNamespace(found.namespace);
    if (found.suggestedNamespace) setNamespace(found.suggestedNamespace);
  };

  return (
    <section className="view permission-view" aria-labelledby={`${id}-title`} data-testid="permission-view">
      <Heading level={headingLevel} id={`${id}-title`}>
        {tv(lang, 'permTitle')}
      </Heading>
      <fieldset className="view-controls">
        <legend className="visually-hidden">{tv(lang, 'permControls')}</legend>
        {subjects.length > 0 ? (
          <label className="view-field">
            {tv(lang, 'subject')}
            <select value={subjects.some((s) => subjectText(s) === who) ? who : ''} onChange={(e) => choose(e.target.value)} data-testid="subject-pick">
              <option value="">—</option>
              {subjects.map((s) => (
                <option key={subjectText(s)} value={subjectText(s)}>
                  {subjectText(s)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="view-field">
          {tv(lang, 'subjectKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as SubjectKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label className="view-field">
          {tv(lang, 'subjectName')}
          <input value={name} onChange={(e) => setName(e.target.value)} size={16} data-testid="subject-name" />
        </label>
        {kind === 'ServiceAccount' ? (
          <label className="view-field">
            {tv(lang, 'saNamespace')}
            <input value={saNamespace} onChange={(e) => setSaNamespace(e.target.value)} size={12} />
          </label>
        ) : null}
        <NamespaceSelect lang={lang} namespaces={namespaces} value={namespace} onChange={setNamespace} />
        <label className="view-check">
          <input type="checkbox" checked={special} onChange={(e) => setSpecial(e.target.checked)} />
          {tv(lang, 'specialVerbs')}
        </label>
        <label className="view-check">
          <input type="checkbox" checked={onlyGranted} onChange={(e) => setOnlyGranted(e.target.checked)} />
          {tv(lang, 'onlyGranted')}
        </label>
      </fieldset>
      <ViewStatus lang={lang} answer={subject.name ? matrix : known} />
      {!model ? (
        subject.name ? null : (
          <p className="view-note">{tv(lang, 'permNoSubject')}</p>
        )
      ) : (
        <>
          <PermissionMatrixTable
            lang={lang}
            model={model}
            subject={who}
            open={openIndex}
            onOpen={(r, c) => setOpen({ resource: model.rows[r].label, verb: model.verbs[c] })}
          />
          {openCell && open ? (
            <section className={`explanation ${openCell.allowed ? 'allowed' : 'denied'}`} aria-live="polite" data-testid="permission-explanation">
              <div className="explanation-head">
                <Heading level={headingLevel + 1}>
                  {who}: {open.verb} {open.resource}: {tv(lang, openCell.allowed ? 'allowed' : 'denied')}
                </Heading>
                <button type="button" className="link-button" onClick={() => setOpen(null)}>
                  {tv(lang, 'close')}
                </button>
              </div>
              <p>{openText}</p>
              {openCell.dangers.length > 0 ? (
                <p>
                  <strong>⚠ {tv(lang, 'dangerous')}:</strong> {describeDangers(openCell.dangers, lang)}
                </p>
              ) : null}
            </section>
          ) : null}
          <PermissionListTable lang={lang} list={model.list} />
        </>
      )}
      {namespace ? <WhoCanPanel lang={lang} worldId={worldId} namespaces={namespaces} defaultNamespace={namespace} level={headingLevel + 1} /> : null}
    </section>
  );
}
