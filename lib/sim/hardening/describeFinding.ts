// Words for hardening findings in English and Spanish.
import type { Lang } from '../types';
import { isRecord } from '../podsecurity/read';
import { hardeningCheckById } from './registry';
import type { Finding } from './types';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A finding's message and fix in the learner's language. Spanish comes from the finding's
 * own `messageEs`/`fixEs`; a finding without them (built elsewhere) falls back to the
 * registry's Spanish title and fix, then to English. Never throws.
 */
export function describeFinding(finding: Finding, lang: Lang): { message: string; fix: string } {
  if (!isRecord(finding)) return { message: '', fix: '' };
  const message = text(finding.message);
  const fix = text(finding.fix);
  if (lang !== 'es') return { message, fix };
  const check = hardeningCheckById(text(finding.id));
  return {
    message: text(finding.messageEs) || check?.title.es || message,
    fix: text(finding.fixEs) || check?.fix.es || fix,
  };
}
