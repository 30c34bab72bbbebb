import { NESTED } from './message';

/** Codes shared by every area: verbatim text (a name, kubectl's own English) and sentence joins. */
export const COMMON_MESSAGES = {
  /** Text that is the same in every language (an object name, an upstream error string). */
  'common.text': { text: 'verbatim' },
  /** The text with a capital first letter. */
  'common.capitalized': { text: NESTED },
  /** Lines of a multi-line explanation. */
  'common.lines': { lines: [NESTED] },
  /** A list item with its label: `- [label] text`. */
  'common.listItem': { label: 'privileged', text: NESTED },
  /** Clauses of one sentence, joined by semicolons. */
  'common.clauses': { parts: [NESTED] },
  /** Sentences one after another. */
  'common.sentences': { parts: [NESTED] },
  /** Items joined by the language's "or" (`a, b or c`). */
  'common.or': { items: [NESTED] },
  /** Items joined by the language's "and" (`a, b and c`). */
  'common.and': { items: [NESTED] },
  /** Items joined by the language's "nor" after a negation (`not a, b nor c`). */
  'common.nor': { items: [NESTED] },
};
