'use client';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { Diagnostic } from '@/lib/sim';
import type { LabStatus as Status } from './useLabRunner';
import type { LabResult } from '@/lib/lesson';
import type { Incident } from '../world/client';
import { describeIncident } from '../world/words';

interface Props {
  lang: Lang;
  status: Status;
  error: string | null;
  result: LabResult | null;
  /** Why the last check was stopped (the watchdog), when it was. */
  incident?: Incident | null;
  lastMs: number | null;
  onJump?: (file: string, d: Diagnostic) => void;
  /** The copy beside the editor on phones: not a second live region. */
  mirror?: boolean;
}

/** The one-line verdict: all pass, N of M, fix the YAML first, checking, or the failure to check. */
export function LabStatusLine({ lang, status, error, incident, result, lastMs, onJump, mirror }: Props) {
  const broken = result?.broken?.[0];
  const firstError = broken ? result?.diagnostics[broken]?.find((d) => d.severity === 'error') : undefined;
  const passed = result?.goals.filter((g) => g.pass).length ?? 0;
  const kind = broken ? 'broken' : result?.passed ? 'pass' : status;
  return (
    <p
      className={`lab-status status-${kind}${mirror ? ' lab-status-mirror' : ''}`}
      role={mirror ? undefined : 'status'}
      data-testid={mirror ? 'lab-status-mirror' : 'lab-status'}
    >
      {status === 'timeout' ? (
        incident ? (
          describeIncident(incident, lang)
        ) : (
          t(lang, 'checkTimeout')
        )
      ) : status === 'error' ? (
        `${t(lang, 'checkError')} ${error}`
      ) : broken ? (
        <>
          {t(lang, 'fixYamlFirst')}
          {firstError && onJump ? (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onJump(broken, firstError)}>
                {t(lang, 'fixYamlAt')} {broken}, {t(lang, 'line')} {firstError.line}
              </button>
            </>
          ) : null}
        </>
      ) : result?.passed ? (
        t(lang, 'allPass')
      ) : result ? (
        `${passed} / ${result.goals.length} ${t(lang, 'someFail')}`
      ) : (
        t(lang, 'checking')
      )}
      {lastMs !== null && status === 'done' && !broken && !mirror ? (
        <span className="muted small" aria-hidden="true">
          {' '}
          · {t(lang, 'checkedIn')} {lastMs.toFixed(1)} ms
        </span>
      ) : null}
    </p>
  );
}
