/**
 * Words at the edge: the simulator never words a learner-facing message in a language. It
 * returns a `Message` (a code plus parameters); the catalogs in lib/i18n/messages render it
 * for the learner's language when it is shown. Each area declares its codes with sample
 * parameters (`lib/sim/<area>/messages.ts`): the sample fixes the parameters' types and feeds
 * the pseudo-locale test.
 */

/** Any message, as the renderer sees it (a nested parameter is one too). */
export interface MessageLike {
  readonly code: string;
  readonly params: Params;
}

/** A parameter: a value, a nested message, or a list of either (the catalog joins lists). */
export type Param = string | number | boolean | undefined | MessageLike | readonly (string | MessageLike)[];

export type Params = { readonly [name: string]: Param };

/** A sample nested message for the code declarations (`{ detail: NESTED }`). */
export const NESTED: MessageLike = { code: 'common.text', params: { text: 'nested' } };

/** Marks a sample parameter as optional (`{ hint: optional('a hint') }`). */
export function optional<T>(value: T): T | undefined {
  return value;
}
