// Restricted (1.35+): procMount must be Default even in user-namespaced pods; replaces the
// baseline procMount check. Upstream: pod-security-admission policy/check_procMount_restricted.go.
import { msg } from '../../messages';
import type { PodSecurityCheck } from '../types';
import { procMount1_0 } from './procMount';

export const procMountRestrictedCheck: PodSecurityCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  title: msg('psa.title.procMount_restricted', {}),
  versions: [{ minor: 35, evaluate: procMount1_0, overrides: ['procMount'] }],
};
