/**
 * The simulated API server and kubectl speak English, as upstream does (an audit annotation's
 * authorization reason, a Forbidden message). They render their messages with the English
 * catalog; everything a learner reads in a lesson is rendered at the edge in their language.
 */
import { en } from '../../i18n/messages/en';
import { renderWith } from '../../i18n/messages/renderWith';
import type { MessageLike } from './message';

export function english(message: MessageLike): string {
  if (typeof message !== 'object' || message === null) return renderWith(en, message);
  let text = rendered.get(message);
  if (text === undefined) rendered.set(message, (text = renderWith(en, { code: message.code, params: renderedParams(message.params) })));
  return text;
}

/**
 * Each message rendered once: a verdict's reason nests the messages its parts were already
 * rendered from (a traffic verdict holds both directions'). Messages are never changed after
 * they are made. Nested messages are rendered here, with the memo; renderWith leaves text as is.
 */
const rendered = new WeakMap<object, string>();

function renderedParams(params: MessageLike['params'] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    out[name] = isMessage(value) ? english(value) : Array.isArray(value) ? value.map((item) => (isMessage(item) ? english(item) : item)) : value;
  }
  return out;
}

function isMessage(value: unknown): value is MessageLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === 'string';
}
