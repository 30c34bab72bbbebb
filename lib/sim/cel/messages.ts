import { NESTED } from '../messages/message';

/** Message codes of the CEL checks, with sample parameters (words: lib/i18n/messages/<lang>/cel.ts). */

export const CEL_MESSAGES = {
  'cel.empty': {},
  'cel.tooLong': { max: 5000 },
  /** A library error (cel-js's own English), prefixed by what failed: `cel-syntax`, `cel-type`, `cel-runtime`, `cel-internal`. */
  'cel.library': { code: 'cel-syntax', detail: 'x' },
  'cel.undeclared': { name: 'x' },
  'cel.unsupported': { what: 'x' },
  'cel.regex': { detail: 'missing closing ]: `[a`' },
  'cel.undefinedVariable': { field: 'x' },
  'cel.compileResultType': { kind: 'validation', expected: ['bool'], got: 'string' },
  'cel.resultType': { want: 'bool', got: 'string' },
  'cel.costLimit': { limit: '1,000,000' },
  'cel.costBudget': {},
  /** The API server's Invalid for an expression that does not compile (validate/validateCel). */
  'cel.compileFailed': { path: 'spec.validations[0].expression', detail: NESTED },
  /** A CEL problem named by the field it is in (lib/lesson's explanations). */
  'cel.inField': { path: 'spec.validations[0].expression', detail: NESTED },
};
