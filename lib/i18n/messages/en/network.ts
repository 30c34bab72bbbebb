import type { NETWORK_MESSAGES } from '../../../sim/network/messages';
import type { AreaCatalog } from '../types';

export const network: AreaCatalog<typeof NETWORK_MESSAGES> = {
  'network.refuse.interactiveNsenter': () =>
    'nsenter: interactive shells are not simulated in the lab: give a command, e.g. nsenter -t 1 -m -- cat /etc/hostname',
};
