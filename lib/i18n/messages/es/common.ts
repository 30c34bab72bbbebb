import type { COMMON_MESSAGES } from '../../../sim/messages/common';
import { joinWith } from '../join';
import type { AreaCatalog } from '../types';

export const common: AreaCatalog<typeof COMMON_MESSAGES> = {
  'common.text': ({ text }) => text,
  'common.capitalized': ({ text }) => text.charAt(0).toUpperCase() + text.slice(1),
  'common.lines': ({ lines }) => lines.join('\n'),
  'common.listItem': ({ label, text }) => `- [${label}] ${text}`,
  'common.clauses': ({ parts }) => parts.filter(Boolean).join('; '),
  'common.sentences': ({ parts }) => parts.filter(Boolean).join(' '),
  'common.or': ({ items }) => joinWith(items, 'o'),
  'common.and': ({ items }) => joinWith(items, 'y'),
  'common.nor': ({ items }) => joinWith(items, 'ni'),
};
