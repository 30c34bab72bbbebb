// Builds findings from the registry (severity) plus the words of one occurrence.
import type { Message } from '../messages';
import { english } from '../messages/english';
import type { ContainerRef, PodView } from '../podsecurity/types';
import type { Rec } from '../podsecurity/read';
import { hardeningCheckById } from './registry';
import type { EffectiveSecurityContext } from './resolveSecurityContext';
import type { Finding, FindingSeverity } from './types';

export interface FindingParts {
  message: Message;
  fix: Message;
  path: string;
  container?: string;
  severity?: FindingSeverity;
}

/** A finding of check `id`: English text (as a linter prints it) and the messages for the learner. */
export function buildFinding(id: string, parts: FindingParts): Finding {
  const severity = parts.severity ?? hardeningCheckById(id)?.severity ?? 'warning';
  return {
    id,
    severity,
    message: english(parts.message),
    path: parts.path,
    fix: english(parts.fix),
    text: parts.message,
    fixText: parts.fix,
    ...(parts.container !== undefined ? { container: parts.container } : {}),
  };
}

/** What every check sees. */
export interface HardeningContext {
  pod: PodView;
  /** `spec.os.name: windows`: Linux-only settings do not apply. */
  windows: boolean;
  /** The pod's ServiceAccount object when the caller supplied it. */
  serviceAccount?: Rec;
  /** Container-only fields wrongly placed in the pod-level securityContext. */
  misplaced: string[];
}

export type PodCheckFn = (ctx: HardeningContext) => Finding[];
export type ContainerCheckFn = (ctx: HardeningContext, ref: ContainerRef, effective: EffectiveSecurityContext) => Finding[];
