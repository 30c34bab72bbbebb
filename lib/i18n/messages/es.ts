import type { Catalog } from './types';
import { common } from './es/common';
import { admission } from './es/admission';
import { audit } from './es/audit';
import { cluster } from './es/cluster';
import { cel } from './es/cel';
import { validate } from './es/validate';
import { parse } from './es/parse';
import { controlplane } from './es/controlplane';
import { hardening } from './es/hardening';
import { netpol } from './es/netpol';
import { podsecurity } from './es/podsecurity';
import { rbac } from './es/rbac';
import { kubectl } from './es/kubectl';
import { shell } from './es/shell';
import { network } from './es/network';
import { lesson } from './es/lesson';
import { explain } from './es/explain';
import { attack } from './es/attack';
import { traps } from './es/traps';

/** Every simulator message in Spanish (rioplatense, as the lessons). */
export const es: Catalog = {
  ...common,
  ...rbac,
  ...admission,
  ...netpol,
  ...podsecurity,
  ...hardening,
  ...audit,
  ...cluster,
  ...cel,
  ...validate,
  ...parse,
  ...controlplane,
  ...kubectl,
  ...shell,
  ...network,
  ...lesson,
  ...explain,
  ...attack,
  ...traps,
};
