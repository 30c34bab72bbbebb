/**
 * The simulated API server and kubectl speak English, as upstream does (an audit annotation's
 * authorization reason, a Forbidden message). They render their messages with the English
 * catalog; everything a learner reads in a lesson is rendered at the edge in their language.
 */
import { en } from '../../i18n/messages/en';
import { renderWith } from '../../i18n/messages/renderWith';
import type { MessageLike } from './message';

export function english(message: MessageLike): string {
  return renderWith(en, message);
}
