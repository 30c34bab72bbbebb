// Baseline: Windows HostProcess containers (full host access) are forbidden.
// Upstream: pod-security-admission policy/check_windowsHostProcess.go.
import { msg, verbatim } from '../../messages';
import { get } from '../read';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, podScPath, podSecurityContext, securityContextOf } from './common';

/** 1.0+: windowsOptions.hostProcess must not be true on the pod or any container. */
function windowsHostProcess1_0(pod: PodView): CheckFailure | null {
  const podBad = get(podSecurityContext(pod), 'windowsOptions', 'hostProcess') === true;
  const bad = pod.containers.filter((ref) => get(securityContextOf(ref), 'windowsOptions', 'hostProcess') === true);
  const setters = buildSetters(
    podBad,
    bad.map((ref) => ref.name),
  );
  if (setters.count === 0) return null;
  return {
    reason: 'hostProcess',
    reasonText: verbatim('hostProcess'),
    detail: `${setters.upstream} must not set securityContext.windowsOptions.hostProcess=true`,
    detailText: msg('psa.detail.mustNotSet', {
      upstream: `${setters.upstream} must not set securityContext.windowsOptions.hostProcess=true`,
      who: setters.text,
      plural: setters.plural,
      field: 'securityContext.windowsOptions.hostProcess=true',
    }),
    paths: [...(podBad ? [podScPath(pod, 'windowsOptions.hostProcess')] : []), ...bad.map((ref) => containerScPath(ref, 'windowsOptions.hostProcess'))],
  };
}

export const windowsHostProcessCheck: PodSecurityCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  title: msg('psa.title.windowsHostProcess', {}),
  versions: [{ minor: 0, evaluate: windowsHostProcess1_0 }],
};
