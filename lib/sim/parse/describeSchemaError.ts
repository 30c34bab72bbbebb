import type { GeneratedValidationError } from '../schemas/validator.generated.js';
import { msg, type Message } from '../messages';
import type { Finding } from '../validate/finding';
import { finding, show, withApi } from '../validate/finding';
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
      return finding('error', 'schema-invalid', path, msg('parse.schema.invalid', { path, detail: error.message }));
  }
}

function unknownField(parent: string, field: string, node: SchemaNode | undefined): Finding {
  const path = joinPath(parent, field);
  return finding('error', 'schema-unknown-field', path, msg('parse.schema.unknownField', { path, hint: unknownFieldHint(parent, field, node) }));
}

function unknownFieldHint(parent: string, field: string, node: SchemaNode | undefined): Message {
  if (field.startsWith('-')) return msg('parse.schema.hint.listItemSpace', {});
  // An exact field of the sibling object (pod <-> container) beats a fuzzy suggestion.
  const sideways = SIBLING_SETTINGS.find(([here, there]) => node === definitionNode(here) && propertyNames(definitionNode(there)).includes(field));
  if (sideways !== undefined) return msg(sideways[2], { field });
  const guess = didYouMean(field, propertyNames(node));
  if (guess !== undefined) return msg('parse.schema.hint.didYouMean', { guess });
  const nested = findNestedField(node, field);
  if (nested !== undefined) return msg('parse.schema.hint.belongsUnder', { field, where: parent === '' ? nested : `${parent}.${nested}` });
  return msg('parse.schema.hint.strict', {});
}

type SiblingHint =
  'parse.schema.hint.containerSecurityContext' | 'parse.schema.hint.podSecurityContext' | 'parse.schema.hint.containerSetting' | 'parse.schema.hint.podSetting';

/** Settings learners put at the pod level that belong to containers, and the reverse. */
const SIBLING_SETTINGS: [string, string, SiblingHint][] = [
  ['io.k8s.api.core.v1.PodSecurityContext', 'io.k8s.api.core.v1.SecurityContext', 'parse.schema.hint.containerSecurityContext'],
  ['io.k8s.api.core.v1.SecurityContext', 'io.k8s.api.core.v1.PodSecurityContext', 'parse.schema.hint.podSecurityContext'],
  ['io.k8s.api.core.v1.PodSpec', 'io.k8s.api.core.v1.Container', 'parse.schema.hint.containerSetting'],
  ['io.k8s.api.core.v1.Container', 'io.k8s.api.core.v1.PodSpec', 'parse.schema.hint.podSetting'],
];

type TypeWord = 'parse.type.integer' | 'parse.type.number' | 'parse.type.string' | 'parse.type.boolean' | 'parse.type.array' | 'parse.type.object';

const TYPE_WORDS: Record<string, TypeWord> = {
  integer: 'parse.type.integer',
  number: 'parse.type.number',
  string: 'parse.type.string',
  boolean: 'parse.type.boolean',
  array: 'parse.type.array',
  object: 'parse.type.object',
};

function typeWord(type: string): Message {
  return Object.hasOwn(TYPE_WORDS, type) ? msg(TYPE_WORDS[type], {}) : msg('parse.type.other', { name: type });
}

function wrongType(path: string, expected: string[], value: unknown): Finding {
  const isPort = expected.includes('string') && expected.includes('integer');
  const words = isPort ? [msg('parse.type.intOrString', {})] : expected.map(typeWord);
  return finding(
    'error',
    'schema-wrong-type',
    path,
    msg('parse.schema.wrongType', { path, expected: words, value: describeValue(value), hint: typeHint(expected, value) }),
  );
}

function describeValue(value: unknown): Message {
  if (value === null || value === undefined) return msg('parse.value.empty', {});
  if (typeof value === 'string') return msg('parse.value.string', { json: JSON.stringify(value).slice(0, 60) });
  if (typeof value === 'number') return msg('parse.value.number', { value });
  return show(value);
}

function typeHint(expected: string[], value: unknown): Message | undefined {
  const numeric = expected.includes('integer') || expected.includes('number');
  if (numeric && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return msg('parse.schema.hint.removeQuotes', {});
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) return msg('parse.schema.hint.quote', { value: String(value) });
  if (expected.includes('array') && isMapping(value)) {
    return Object.keys(value).some((k) => k.startsWith('-')) ? msg('parse.schema.hint.itemSpaces', {}) : msg('parse.schema.hint.startItems', {});
  }
  if (value === null && expected.includes('array')) return msg('parse.schema.hint.addItems', {});
  if (value === null && expected.includes('object')) return msg('parse.schema.hint.addFields', {});
  if (expected.includes('object') && typeof value === 'string' && /^[\w./-]+:\S/.test(value)) return msg('parse.schema.hint.colonSpace', {});
  return undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Required fields the registry's validation rejects in its own words when they are absent
 * (the OpenAPI `required` list is not enforced by the server; the strategy's Validate is):
 * pkg/apis/rbac/validation ValidatePolicyRule (verbs), pkg/apis/core/validation
 * validateContainerCommon (name), validateContainerPorts (containerPort), ValidatePodSpec (containers).
 */
const REGISTRY_REQUIRED: Record<string, string> = {
  verbs: 'verbs must contain at least one value',
  name: '',
  containerPort: '',
  containers: '',
};

function missingField(path: string, field: string): Finding {
  const f = finding('error', 'schema-missing-field', path, msg('parse.schema.missingField', { path, field }));
  if (!Object.hasOwn(REGISTRY_REQUIRED, field) || path === 'metadata') return f;
  if (field === 'verbs' && !/(^|\.)rules\[\d+\]$/.test(path)) return f;
  const detail = REGISTRY_REQUIRED[field];
  return withApi(f, { type: 'Required value', field: path ? `${path}.${field}` : field, ...(detail ? { detail } : {}) });
}

function notAllowed(path: string, value: unknown, allowed: unknown[]): Finding {
  const guess = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
  return finding('error', 'schema-invalid-value', path, msg('parse.schema.notAllowed', { path, allowed: allowed.map(String), value: show(value), guess }));
}
