// Words for admission verdicts (what kubectl prints, then the trip through the API server).
import type { Lang } from '../types';
import type { AdmissionStep, AdmissionVerdict } from './types';

const OUTCOME: Record<AdmissionStep['outcome'], { en: string; es: string }> = {
  allowed: { en: 'allowed', es: 'permitido' },
  denied: { en: 'DENIED', es: 'RECHAZADO' },
  mutated: { en: 'mutated', es: 'modificado' },
  warned: { en: 'warning', es: 'advertencia' },
  audited: { en: 'audited', es: 'auditado' },
  'not-matched': { en: 'not matched', es: 'no coincide' },
  skipped: { en: 'skipped', es: 'salteado' },
  'error-ignored': { en: 'error ignored', es: 'error ignorado' },
  exempt: { en: 'exempt', es: 'exento' },
};

const PHASE: Record<AdmissionStep['phase'], { en: string; es: string }> = {
  request: { en: 'request', es: 'solicitud' },
  authorization: { en: 'authorization', es: 'autorización' },
  mutating: { en: 'mutating admission', es: 'admisión mutante' },
  validating: { en: 'validating admission', es: 'admisión de validación' },
};

/** An admission verdict in words: the outcome as kubectl shows it, warnings, then one line per step. */
export function describeAdmission(verdict: AdmissionVerdict, lang: Lang): string {
  const es = lang === 'es';
  const v = (verdict ?? {}) as Partial<AdmissionVerdict>;
  const lines: string[] = [];
  if (v.allowed) lines.push(es ? 'Admitido: la solicitud llega al almacenamiento (etcd).' : 'Admitted: the request reaches storage (etcd).');
  else lines.push(`${es ? 'Rechazado' : 'Denied'}${v.code ? ` (${v.code} ${v.reason ?? ''})`.replace(/ \)$/, ')') : ''}: ${(es ? v.messageEs ?? v.message : v.message) ?? ''}`);
  for (const w of Array.isArray(v.warnings) ? v.warnings : []) lines.push(`Warning: ${w}`);
  for (const s of Array.isArray(v.steps) ? v.steps : []) {
    const phase = PHASE[s.phase] ?? { en: String(s.phase), es: String(s.phase) };
    const outcome = OUTCOME[s.outcome] ?? { en: String(s.outcome), es: String(s.outcome) };
    lines.push(`- [${es ? phase.es : phase.en}] ${s.by}: ${es ? outcome.es : outcome.en} — ${es ? s.messageEs ?? s.message : s.message}`);
  }
  return lines.join('\n');
}
