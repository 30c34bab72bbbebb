// Baseline: Windows HostProcess containers (full host access) are forbidden.
// Upstream: pod-security-admission policy/check_windowsHostProcess.go.
import { get } from '../read';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, debeEs, podScPath, podSecurityContext, securityContextOf } from './common';

/** 1.0+: windowsOptions.hostProcess must not be true on the pod or any container. */
function windowsHostProcess1_0(pod: PodView): CheckFailure | null {
  const podBad = get(podSecurityContext(pod), 'windowsOptions', 'hostProcess') === true;
  const bad = pod.containers.filter((ref) => get(securityContextOf(ref), 'windowsOptions', 'hostProcess') === true);
  const setters = buildSetters(podBad, bad.map((ref) => ref.name));
  if (setters.count === 0) return null;
  return {
    reason: 'hostProcess',
    reasonEs: 'hostProcess',
    detail: `${setters.en} must not set securityContext.windowsOptions.hostProcess=true`,
    detailEs: `${setters.es} no ${debeEs(setters.plural)} fijar securityContext.windowsOptions.hostProcess=true`,
    paths: [
      ...(podBad ? [podScPath(pod, 'windowsOptions.hostProcess')] : []),
      ...bad.map((ref) => containerScPath(ref, 'windowsOptions.hostProcess')),
    ],
  };
}

export const windowsHostProcessCheck: PodSecurityCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  title: { en: 'No Windows HostProcess', es: 'Sin HostProcess de Windows' },
  versions: [{ minor: 0, evaluate: windowsHostProcess1_0 }],
};
