// Words for admission verdicts (what kubectl prints, then the trip through the API server),
// as a message rendered at the edge in the learner's language.
import { msg, verbatim, type Message } from '../messages';
import type { AdmissionVerdict } from './types';

function statusOf(v: Partial<AdmissionVerdict>): string | undefined {
  if (!v.code) return undefined;
  return v.reason ? `${v.code} ${v.reason}` : String(v.code);
}

/** An admission verdict in words: the outcome as kubectl shows it, warnings, then one line per step. */
export function describeAdmission(verdict: AdmissionVerdict): Message {
  const v = (verdict ?? {}) as Partial<AdmissionVerdict>;
  const lines: Message[] = [];
  if (v.allowed) lines.push(msg('admission.admitted', {}));
  else lines.push(msg('admission.deniedLine', { status: statusOf(v), text: v.text ?? verbatim(v.message ?? '') }));
  for (const w of Array.isArray(v.warnings) ? v.warnings : []) lines.push(msg('admission.warningLine', { warning: w }));
  for (const s of Array.isArray(v.steps) ? v.steps : []) {
    const text = s.text ?? verbatim(s.message ?? '');
    lines.push(msg('admission.stepLine', { phase: String(s.phase), by: s.by, outcome: String(s.outcome), text }));
  }
  return msg('common.lines', { lines });
}
