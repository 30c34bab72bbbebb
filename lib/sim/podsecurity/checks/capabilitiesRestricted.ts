// Restricted: containers must drop ALL capabilities and may add back only NET_BIND_SERVICE.
// Upstream: pod-security-admission policy/check_capabilities_restricted.go.
import { msg, type Message } from '../../messages';
import { isRecord, list } from '../read';
import { containersEn, joinQuote, sortedSet } from '../text';
import type { CheckFailure, ContainerRef, PodSecurityCheck, PodView } from '../types';
import { containerScPath, isWindowsPod, securityContextOf, psaContainers } from './common';

interface Findings {
  missingDrop: ContainerRef[];
  adding: ContainerRef[];
  forbidden: string[];
  paths: string[];
}

function inspect(pod: PodView): Findings {
  const found: Findings = { missingDrop: [], adding: [], forbidden: [], paths: [] };
  for (const ref of pod.containers) {
    const capabilities = securityContextOf(ref).capabilities;
    if (!isRecord(capabilities) || !list(capabilities.drop).includes('ALL')) {
      found.missingDrop.push(ref);
      found.paths.push(containerScPath(ref, 'capabilities.drop'));
    }
    let adds = false;
    list(isRecord(capabilities) ? capabilities.add : undefined).forEach((cap, i) => {
      if (cap === 'NET_BIND_SERVICE' || typeof cap !== 'string') return;
      adds = true;
      found.forbidden.push(cap);
      found.paths.push(containerScPath(ref, `capabilities.add[${i}]`));
    });
    if (adds) found.adding.push(ref);
  }
  return found;
}

/** 1.22+: drop must contain exactly "ALL"; add may contain only NET_BIND_SERVICE. */
function capabilitiesRestricted1_22(pod: PodView): CheckFailure | null {
  const found = inspect(pod);
  const en: string[] = [];
  const parts: Message[] = [];
  if (found.missingDrop.length > 0) {
    const names = found.missingDrop.map((ref) => ref.name);
    en.push(`${containersEn(names)} must set securityContext.capabilities.drop=["ALL"]`);
    parts.push(
      msg('psa.detail.mustSet', {
        upstream: en[en.length - 1],
        who: psaContainers(names),
        plural: names.length > 1,
        field: 'securityContext.capabilities.drop=["ALL"]',
      }),
    );
  }
  if (found.adding.length > 0) {
    const names = found.adding.map((ref) => ref.name);
    const caps = joinQuote(sortedSet(found.forbidden));
    en.push(`${containersEn(names)} must not include ${caps} in securityContext.capabilities.add`);
    parts.push(msg('psa.detail.addCapabilities', { upstream: en[en.length - 1], who: psaContainers(names), plural: names.length > 1, caps }));
  }
  if (en.length === 0) return null;
  return {
    reason: 'unrestricted capabilities',
    reasonText: msg('psa.reason.capabilities_restricted', { upstream: 'unrestricted capabilities', count: 1 }),
    detail: en.join('; '),
    detailText: msg('psa.detail.parts', { upstream: en.join('; '), parts }),
    paths: found.paths,
  };
}

/** 1.25+: Windows pods are exempt. */
function capabilitiesRestricted1_25(pod: PodView): CheckFailure | null {
  return isWindowsPod(pod) ? null : capabilitiesRestricted1_22(pod);
}

export const capabilitiesRestrictedCheck: PodSecurityCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  title: msg('psa.title.capabilities_restricted', {}),
  versions: [
    { minor: 22, evaluate: capabilitiesRestricted1_22, overrides: ['capabilities_baseline'] },
    { minor: 25, evaluate: capabilitiesRestricted1_25, overrides: ['capabilities_baseline'] },
  ],
};
