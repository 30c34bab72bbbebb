import type { NETWORK_MESSAGES } from '../../../sim/network/messages';
import type { AreaCatalog } from '../types';

export const network: AreaCatalog<typeof NETWORK_MESSAGES> = {
  'network.refuse.interactiveNsenter': () =>
    'nsenter: los shells interactivos no se simulan en el laboratorio: pasale un comando, por ejemplo nsenter -t 1 -m -- cat /etc/hostname',
};
