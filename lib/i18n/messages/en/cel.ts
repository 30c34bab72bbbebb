import type { CEL_MESSAGES } from '../../../sim/cel/messages';
import type { AreaCatalog } from '../types';

export const cel: AreaCatalog<typeof CEL_MESSAGES> = {
  'cel.empty': () => 'expression must not be empty',
  'cel.tooLong': ({ max }) => `expression is longer than ${max} characters`,
  'cel.library': ({ detail }) => detail,
  'cel.undeclared': ({ name }) => `undeclared reference to '${name}' (in container '')`,
  'cel.unsupported': ({ what }) => `not supported by the simulator: ${what}`,
  'cel.regex': ({ detail }) => `error parsing regexp: ${detail}`,
  'cel.undefinedVariable': ({ field }) => `undefined field '${field}': no variable named "${field}" is declared before this expression`,
  'cel.compileResultType': ({ kind, expected, got }) => `${kind} must evaluate to ${expected.join(' or ')}, but this expression has type ${got}`,
  'cel.resultType': ({ want, got }) => `expected a ${want} result, got ${got}`,
  'cel.costLimit': () => 'operation cancelled: actual cost limit exceeded',
  'cel.costBudget': () => 'validation failed due to running out of cost budget, no further validation rules will be run',
  'cel.compileFailed': ({ path, detail }) => `${path}: Invalid value: compilation failed: ${detail}`,
  'cel.inField': ({ path, detail }) => `CEL (${path}): ${detail}`,
};
