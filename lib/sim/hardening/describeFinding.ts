// A hardening finding's message and fix for the learner (words: lib/i18n/messages/<lang>/hardening.ts).
import { msg, verbatim, type MessageLike } from '../messages';
import { isRecord } from '../podsecurity/read';
import { hardeningCheckById } from './registry';
import type { Finding } from './types';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A finding's message and fix as messages. A finding built elsewhere (without `text`/`fixText`)
 * keeps its English and, in other languages, falls back to the registry's title and fix. Never throws.
 */
export function describeFinding(finding: Finding): { message: MessageLike; fix: MessageLike } {
  if (!isRecord(finding)) return { message: verbatim(''), fix: verbatim('') };
  const check = hardeningCheckById(text(finding.id));
  const message = isRecord(finding.text)
    ? (finding.text as unknown as MessageLike)
    : check
      ? msg('hardening.bare', { message: text(finding.message), title: check.title })
      : verbatim(text(finding.message));
  const fix = isRecord(finding.fixText)
    ? (finding.fixText as unknown as MessageLike)
    : check
      ? msg('hardening.bareFix', { fix: text(finding.fix), registry: check.fix })
      : verbatim(text(finding.fix));
  return { message, fix };
}
