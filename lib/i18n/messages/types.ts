import type { MessageCode, MessageLike, MessageParams } from '../../sim/messages';
import type { LessonMessageParams } from '../../lesson/messages';

/** What a catalog entry receives: nested messages already rendered, lists as strings. */
export type Rendered<P> = {
  [K in keyof P]: P[K] extends MessageLike
    ? string
    : P[K] extends MessageLike | undefined
      ? string | undefined
      : P[K] extends readonly (string | MessageLike)[]
        ? string[]
        : P[K];
};

/** The words of one area's codes (sample declarations `S`) in one language. */
export type AreaCatalog<S> = { readonly [K in keyof S]: (params: Rendered<S[K]>) => string };

/** Every code's words in one language (the simulator's and the lesson engine's): adding a code without wording it is a type error. */
export type Catalog = AreaCatalog<MessageParams & LessonMessageParams>;

export type { MessageCode };
