import type { COMMON_MESSAGES } from '../../../sim/messages/common';
import { joinWith } from '../join';
import type { AreaCatalog } from '../types';

export const common: AreaCatalog<typeof COMMON_MESSAGES> = {
  'common.text': ({ text }) => text,
  'common.capitalized': ({ text }) => text.charAt(0).toUpperCase() + text.slice(1),
  'common.sentences': ({ parts }) => parts.filter(Boolean).join(' '),
  'common.or': ({ items }) => joinWith(items, 'o'),
  'common.and': ({ items }) => joinWith(items, 'y'),
  'common.nor': ({ items }) => joinWith(items, 'ni'),
};
