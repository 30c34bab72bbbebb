import type { GeneratedValidationError } from '../schemas/validator.generated.js';
import type { Finding } from '../validate/finding';
import { finding, show, showEs } from '../validate/finding';
import { didYouMean } from '../support/didYouMean';
import { joinPath, pathSegments, pointerToPath, valueAt } from './paths';
import type { SchemaNode } from './schemaNavigator';
import { definitionNode, findNestedField, propertyNames, schemaAt, typesOf } from './schemaNavigator';

/**
 * Words for one schema error, at the field it is about. Unknown fields are errors: kubectl
 * apply defaults to `--validate=strict` (server-side strict field validation since 1.27), so
 * a misspelt field makes the API server reject the object ("strict decoding error: unknown
 * field").
 */
export function describeSchemaError(error: GeneratedValidationError, object: unknown, root: SchemaNode | undefined): Finding {
  const path = pointerToPath(error.instancePath, object);
  const segments = pathSegments(path);
  const value = valueAt(object, segments);
  const node = schemaAt(root, segments);
  const param = (name: string) => error.params[name];
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(path, String(param('additionalProperty')), node);
    case 'type':
      return wrongType(path, [String(param('type'))], value);
    case 'oneOf':
    case 'anyOf':
      return wrongType(path, typesOf(node), value);
    case 'required':
      return missingField(path, String(param('missingProperty')));
    case 'enum':
      return notAllowed(path, value, Array.isArray(param('allowedValues')) ? (param('allowedValues') as unknown[]) : ((node?.enum as unknown[]) ?? []));
    case 'const':
      return notAllowed(path, value, [param('allowedValue')]);
    default:
      return finding(
        'error',
        'schema-invalid',
        path,
        `\`${path}\`: ${error.message ?? 'invalid value'}.`,
        `\`${path}\`: valor inválido (${error.message ?? ''}).`,
      );
  }
}

function unknownField(parent: string, field: string, node: SchemaNode | undefined): Finding {
  const path = joinPath(parent, field);
  const head = { en: `Unknown field \`${path}\`.`, es: `Campo desconocido \`${path}\`.` };
  const [en, es] = unknownFieldHint(parent, field, node);
  return finding('error', 'schema-unknown-field', path, head.en + en, head.es + es);
}

function unknownFieldHint(parent: string, field: string, node: SchemaNode | undefined): [string, string] {
  if (field.startsWith('-')) return [' To start a list item, put a space after `-`.', ' Para empezar un ítem de lista, poné un espacio después de `-`.'];
  // An exact field of the sibling object (pod <-> container) beats a fuzzy suggestion.
  const sideways = SIBLING_SETTINGS.find(([here, there]) => node === definitionNode(here) && propertyNames(definitionNode(there)).includes(field));
  if (sideways !== undefined) return [` \`${field}\` ${sideways[2]}`, ` \`${field}\` ${sideways[3]}`];
  const guess = didYouMean(field, propertyNames(node));
  if (guess !== undefined) return [` Did you mean \`${guess}\`?`, ` ¿Quisiste decir \`${guess}\`?`];
  const nested = findNestedField(node, field);
  if (nested !== undefined) {
    const where = parent === '' ? nested : `${parent}.${nested}`;
    return [` \`${field}\` belongs under \`${where}\`.`, ` \`${field}\` va dentro de \`${where}\`.`];
  }
  return [
    ' kubectl apply rejects unknown fields (strict field validation).',
    ' kubectl apply rechaza los campos desconocidos (validación estricta de campos).',
  ];
}

/** Settings learners put at the pod level that belong to containers, and the reverse. */
const SIBLING_SETTINGS: [string, string, string, string][] = [
  [
    'io.k8s.api.core.v1.PodSecurityContext',
    'io.k8s.api.core.v1.SecurityContext',
    "is a container setting: put it in each container's `securityContext` (`containers[].securityContext`).",
    'es un ajuste de contenedor: ponelo en el `securityContext` de cada contenedor (`containers[].securityContext`).',
  ],
  [
    'io.k8s.api.core.v1.SecurityContext',
    'io.k8s.api.core.v1.PodSecurityContext',
    "is a pod setting: put it in the pod's `securityContext` (`spec.securityContext`), next to `containers`.",
    'es un ajuste del pod: ponelo en el `securityContext` del pod (`spec.securityContext`), al lado de `containers`.',
  ],
  [
    'io.k8s.api.core.v1.PodSpec',
    'io.k8s.api.core.v1.Container',
    'is a container setting: put it inside an item of `containers`.',
    'es un ajuste de contenedor: ponelo dentro de un ítem de `containers`.',
  ],
  [
    'io.k8s.api.core.v1.Container',
    'io.k8s.api.core.v1.PodSpec',
    'is a pod setting: put it in the pod spec, next to `containers`.',
    'es un ajuste del pod: ponelo en el spec del pod, al lado de `containers`.',
  ],
];

const TYPE_WORDS: Record<string, [string, string]> = {
  integer: ['an integer', 'un número entero'],
  number: ['a number', 'un número'],
  string: ['a string', 'un texto'],
  boolean: ['true or false', 'true o false'],
  array: ['a list', 'una lista'],
  object: ['a mapping (`key: value` lines)', 'un mapa (líneas `clave: valor`)'],
};

function wrongType(path: string, expected: string[], value: unknown): Finding {
  const words = expected.map((t) => TYPE_WORDS[t] ?? [t, t]);
  const isPort = expected.includes('string') && expected.includes('integer');
  const en = isPort ? 'a number or a name' : words.map((w) => w[0]).join(' or ');
  const es = isPort ? 'un número o un nombre' : words.map((w) => w[1]).join(' o ');
  const [hintEn, hintEs] = typeHint(expected, value);
  const field = path === '' ? 'The document' : `\`${path}\``;
  const fieldEs = path === '' ? 'El documento' : `\`${path}\``;
  return finding(
    'error',
    'schema-wrong-type',
    path,
    `${field} must be ${en}, not ${describeValue(value)[0]}.${hintEn}`,
    `${fieldEs} tiene que ser ${es}, no ${describeValue(value)[1]}.${hintEs}`,
  );
}

function describeValue(value: unknown): [string, string] {
  if (value === null || value === undefined) return ['empty', 'vacío'];
  if (typeof value === 'string') return [`the string ${JSON.stringify(value).slice(0, 60)}`, `el texto ${JSON.stringify(value).slice(0, 60)}`];
  if (typeof value === 'number') return [`the number ${value}`, `el número ${value}`];
  if (typeof value === 'boolean') return [`\`${value}\``, `\`${value}\``];
  return [show(value), showEs(value)];
}

function typeHint(expected: string[], value: unknown): [string, string] {
  const numeric = expected.includes('integer') || expected.includes('number');
  if (numeric && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return [' Remove the quotes.', ' Sacale las comillas.'];
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return [` Put it in quotes: "${String(value)}".`, ` Ponelo entre comillas: "${String(value)}".`];
  }
  if (expected.includes('array') && isMapping(value)) {
    if (Object.keys(value).some((k) => k.startsWith('-')))
      return [' Put a space after `-` to start each list item.', ' Poné un espacio después de `-` para empezar cada ítem.'];
    return [' Start each item with `- `.', ' Empezá cada ítem con `- `.'];
  }
  if (value === null && expected.includes('array')) return [' Add items below it (`- ...`) or write `[]`.', ' Agregá ítems debajo (`- ...`) o escribí `[]`.'];
  if (value === null && expected.includes('object'))
    return [' Add its fields indented below it, or remove it.', ' Agregá sus campos indentados debajo, o sacalo.'];
  if (expected.includes('object') && typeof value === 'string' && /^[\w./-]+:\S/.test(value)) {
    return [' Missing a space after `:`?', ' ¿Falta un espacio después de `:`?'];
  }
  return ['', ''];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function missingField(path: string, field: string): Finding {
  if (path === '') {
    return finding(
      'error',
      'schema-missing-field',
      path,
      `The object is missing the required field \`${field}\`.`,
      `Al objeto le falta el campo obligatorio \`${field}\`.`,
    );
  }
  return finding(
    'error',
    'schema-missing-field',
    path,
    `\`${path}\` is missing the required field \`${field}\`.`,
    `A \`${path}\` le falta el campo obligatorio \`${field}\`.`,
  );
}

function notAllowed(path: string, value: unknown, allowed: unknown[]): Finding {
  const list = allowed.map((a) => `\`${String(a)}\``).join(', ');
  const guess = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
  return finding(
    'error',
    'schema-invalid-value',
    path,
    `\`${path}\` must be one of ${list}, not ${show(value)}.${guess !== undefined ? ` Did you mean \`${guess}\`?` : ''}`,
    `\`${path}\` tiene que ser uno de ${list}, no ${showEs(value)}.${guess !== undefined ? ` ¿Quisiste decir \`${guess}\`?` : ''}`,
  );
}
