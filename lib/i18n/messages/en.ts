import type { Catalog } from './types';
import { common } from './en/common';
import { admission } from './en/admission';
import { audit } from './en/audit';
import { cluster } from './en/cluster';
import { cel } from './en/cel';
import { validate } from './en/validate';
import { parse } from './en/parse';
import { controlplane } from './en/controlplane';
import { hardening } from './en/hardening';
import { netpol } from './en/netpol';
import { podsecurity } from './en/podsecurity';
import { rbac } from './en/rbac';
import { kubectl } from './en/kubectl';
import { shell } from './en/shell';
import { network } from './en/network';
import { lesson } from './en/lesson';
import { explain } from './en/explain';
import { attack } from './en/attack';
import { traps } from './en/traps';

/** Every simulator message in English. */
export const en: Catalog = {
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
