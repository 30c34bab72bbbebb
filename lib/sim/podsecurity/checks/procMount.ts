// Baseline: the default /proc masks must stay (procMount Default), relaxed for user-namespaced
// pods from 1.35. Upstream: pod-security-admission policy/check_procMount_baseline.go.
import { msg, verbatim } from '../../messages';
import { containersEn, joinQuote, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, isUserNamespacePod, securityContextOf, psaContainers } from './common';

/** 1.0+: securityContext.procMount unset or "Default" (shared with procMount_restricted). */
export function procMount1_0(pod: PodView): CheckFailure | null {
  const values: string[] = [];
  const bad = pod.containers.filter((ref) => {
    const procMount = securityContextOf(ref).procMount;
    if (typeof procMount !== 'string' || procMount === 'Default') return false;
    values.push(procMount);
    return true;
  });
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  const types = joinQuote(sortedSet(values));
  return {
    reason: 'procMount',
    reasonText: verbatim('procMount'),
    detail: `${containersEn(names)} must not set securityContext.procMount to ${types}`,
    detailText: msg('psa.detail.mustNotSetTo', {
      upstream: `${containersEn(names)} must not set securityContext.procMount to ${types}`,
      who: psaContainers(names),
      plural: names.length > 1,
      field: 'securityContext.procMount',
      values: types,
    }),
    paths: bad.map((ref) => containerScPath(ref, 'procMount')),
  };
}

/** 1.35+: any procMount is allowed when `spec.hostUsers: false`. */
function procMount1_35(pod: PodView): CheckFailure | null {
  return isUserNamespacePod(pod) ? null : procMount1_0(pod);
}

export const procMountCheck: PodSecurityCheck = {
  id: 'procMount',
  level: 'baseline',
  title: msg('psa.title.procMount', {}),
  versions: [
    { minor: 0, evaluate: procMount1_0 },
    { minor: 35, evaluate: procMount1_35 },
  ],
};
