import type { CEL_MESSAGES } from '../../../sim/cel/messages';
import type { AreaCatalog } from '../types';

const PREFIX: Record<string, string> = {
  'cel-syntax': 'error de sintaxis CEL',
  'cel-type': 'error de tipos CEL',
  'cel-runtime': 'error al evaluar CEL',
  'cel-internal': 'error interno de CEL',
};
const KIND: Record<string, string> = {
  validation: 'una validación',
  matchCondition: 'una matchCondition',
  messageExpression: 'una messageExpression',
  auditAnnotation: 'una auditAnnotation',
  variable: 'una variable',
};

export const cel: AreaCatalog<typeof CEL_MESSAGES> = {
  'cel.empty': () => 'la expresión no puede estar vacía',
  'cel.tooLong': ({ max }) => `la expresión tiene más de ${max} caracteres`,
  'cel.library': ({ code, detail }) => `${PREFIX[code] ?? PREFIX['cel-runtime']}: ${detail}`,
  'cel.undeclared': ({ name }) => `referencia no declarada a '${name}' (en el contenedor '')`,
  'cel.unsupported': ({ what }) => `el simulador no soporta ${what}`,
  'cel.regex': ({ detail }) => `error al interpretar la expresión regular: ${detail}`,
  'cel.undefinedVariable': ({ field }) => `campo indefinido '${field}': no hay una variable "${field}" declarada antes de esta expresión`,
  'cel.compileResultType': ({ kind, expected, got }) => `${KIND[kind] ?? kind} tiene que dar ${expected.join(' o ')}, pero esta expresión es de tipo ${got}`,
  'cel.resultType': ({ want, got }) => `se esperaba un resultado ${want}, pero dio ${got}`,
  'cel.costLimit': ({ limit }) => `operación cancelada: se superó el límite de costo por expresión (${limit})`,
  'cel.costBudget': () => 'la validación falló porque se agotó el presupuesto de costo; no se evalúan más reglas',
  'cel.compileFailed': ({ path, detail }) => `${path}: valor inválido: no compila: ${detail}`,
  'cel.inField': ({ path, detail }) => `CEL (${path}): ${detail}`,
};
