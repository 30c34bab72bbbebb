// Which pod updates PodSecurity re-evaluates: pod-security-admission admission/admission.go
// isSignificantPodUpdate / isSignificantContainerUpdate. Only the fields that can change on a
// running pod and matter to a check: images, the seccomp annotations, and containers added.
import { isRecord } from './attributes';

const POD_SECCOMP = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_SECCOMP = 'container.seccomp.security.alpha.kubernetes.io/';

type Rec = Record<string, unknown>;

function rec(value: unknown): Rec {
  return isRecord(value) ? value : {};
}

function list(value: unknown): Rec[] {
  return Array.isArray(value) ? value.map(rec) : [];
}

function annotations(pod: unknown): Rec {
  return rec(rec(rec(pod).metadata).annotations);
}

function containerChanged(c: Rec, old: Rec, ann: Rec, oldAnn: Rec): boolean {
  if (c.image !== old.image) return true;
  const key = `${CONTAINER_SECCOMP}${String(c.name)}`;
  return ann[key] !== oldAnn[key];
}

/** Does this pod update change anything PodSecurity checks can see change? */
export function isSignificantPodUpdate(pod: unknown, oldPod: unknown): boolean {
  const ann = annotations(pod);
  const oldAnn = annotations(oldPod);
  if (ann[POD_SECCOMP] !== oldAnn[POD_SECCOMP]) return true;
  const spec = rec(rec(pod).spec);
  const oldSpec = rec(rec(oldPod).spec);
  for (const field of ['containers', 'initContainers']) {
    const now = list(spec[field]);
    const before = list(oldSpec[field]);
    if (now.length !== before.length) return true;
    if (now.some((c, i) => containerChanged(c, before[i], ann, oldAnn))) return true;
  }
  const oldEphemeral = list(oldSpec.ephemeralContainers);
  return list(spec.ephemeralContainers).some((c) => {
    const old = oldEphemeral.find((o) => o.name === c.name);
    return old === undefined || containerChanged(c, old, ann, oldAnn);
  });
}
