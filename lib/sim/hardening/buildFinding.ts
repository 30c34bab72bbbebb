// Builds findings from the registry (severity) plus the words of one occurrence.
import type { LocalizedText } from '../types';
import type { ContainerRef, PodView } from '../podsecurity/types';
import type { Rec } from '../podsecurity/read';
import { hardeningCheckById } from './registry';
import type { EffectiveSecurityContext } from './resolveSecurityContext';
import type { Finding, FindingSeverity } from './types';

export interface FindingParts {
  message: LocalizedText;
  fix: LocalizedText;
  path: string;
  container?: string;
  severity?: FindingSeverity;
}

/** A finding of check `id` with English defaults and Spanish alongside. */
export function buildFinding(id: string, parts: FindingParts): Finding {
  const severity = parts.severity ?? hardeningCheckById(id)?.severity ?? 'warning';
  return {
    id,
    severity,
    message: parts.message.en,
    path: parts.path,
    fix: parts.fix.en,
    messageEs: parts.message.es,
    fixEs: parts.fix.es,
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
