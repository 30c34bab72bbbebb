/**
 * Every message code of the simulator, with sample parameters. A new area adds its
 * declarations here; lib/i18n/messages must then word every code in every language
 * (a missing one is a type error).
 */
import { COMMON_MESSAGES } from './common';
import { ADMISSION_MESSAGES } from '../admission/messages';
import { AUDIT_MESSAGES } from '../audit/messages';
import { CLUSTER_MESSAGES } from '../cluster/messages';
import { CEL_MESSAGES } from '../cel/messages';
import { VALIDATE_MESSAGES } from '../validate/messages';
import { PARSE_MESSAGES } from '../parse/messages';
import { CONTROLPLANE_MESSAGES } from '../controlplane/messages';
import { HARDENING_MESSAGES } from '../hardening/messages';
import { NETPOL_MESSAGES } from '../netpol/messages';
import { PODSECURITY_MESSAGES } from '../podsecurity/messages';
import { RBAC_MESSAGES } from '../rbac/messages';
import { KUBECTL_MESSAGES } from '../kubectl/messages';
import { SHELL_MESSAGES } from '../shell/messages';
import { NETWORK_MESSAGES } from '../network/messages';
import type { MessageLike } from './message';

export const MESSAGE_SAMPLES = {
  ...COMMON_MESSAGES,
  ...RBAC_MESSAGES,
  ...ADMISSION_MESSAGES,
  ...NETPOL_MESSAGES,
  ...PODSECURITY_MESSAGES,
  ...HARDENING_MESSAGES,
  ...AUDIT_MESSAGES,
  ...CLUSTER_MESSAGES,
  ...CEL_MESSAGES,
  ...VALIDATE_MESSAGES,
  ...PARSE_MESSAGES,
  ...CONTROLPLANE_MESSAGES,
  ...KUBECTL_MESSAGES,
  ...SHELL_MESSAGES,
  ...NETWORK_MESSAGES,
};

export type MessageParams = typeof MESSAGE_SAMPLES;
export type MessageCode = keyof MessageParams;

/** A message with the parameters its code declares. */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { readonly code: K; readonly params: MessageParams[K] } }[C];

/** What a builder may pass: a nested message may also be plain text, a list may be read-only. */
export type ParamsInput<P> = {
  [K in keyof P]: P[K] extends MessageLike
    ? string | MessageLike
    : P[K] extends MessageLike | undefined
      ? string | MessageLike | undefined
      : P[K] extends readonly (string | MessageLike)[]
        ? readonly (string | MessageLike)[]
        : P[K];
};

/** Builds a message; the parameters are checked against the code's declaration. */
export function msg<C extends MessageCode>(code: C, params: ParamsInput<MessageParams[C]>): Message<C> {
  return { code, params } as unknown as Message<C>;
}

/** Verbatim text (a name, an upstream error string): the same in every language. */
export function verbatim(text: string): Message<'common.text'> {
  return msg('common.text', { text });
}

export function isMessage(value: unknown): value is MessageLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { params?: unknown }).params === 'object'
  );
}

export { NESTED, optional } from './message';
export type { MessageLike, Param, Params } from './message';
