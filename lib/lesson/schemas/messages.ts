// ajv errors as sentences an instructor understands: `goals[3].podSecurity: unknown key 'namespce'
// (did you mean 'namespace'?)`, at the line and column of the key or value in the YAML source.
import type { ErrorObject } from 'ajv/dist/2020';
import { didYouMean } from '../../sim';

export type JsonPath = (string | number)[];

export interface SchemaMessage {
  /** Where the problem is: the value's path, plus the offending key when there is one. */
  path: JsonPath;
  key?: string;
  message: string;
}

/** `/goals/3/can` to `['goals', 3, 'can']`. */
export function pointerPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `['goals', 3, 'can']` to `goals[3].can`. */
export function pathText(path: JsonPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'a mapping',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function typeWords(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

/** The keys a `oneOf`/`anyOf` of `{ required: [key] }` branches chooses between, if it is one. */
function branchKeys(schema: unknown): string[] | undefined {
  if (!Array.isArray(schema)) return undefined;
  const keys = schema.map((b) =>
    b && typeof b === 'object' && Array.isArray(b.required) && b.required.length === 1 && Object.keys(b).length === 1 ? String(b.required[0]) : undefined,
  );
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}

function hint(error: ErrorObject): string {
  const custom = (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof custom === 'string' ? custom : '';
}

function choiceMessage(error: ErrorObject, data: unknown): string {
  const keys = branchKeys(error.schema);
  if (!keys) return error.message ?? 'is not valid';
  const found = keys.filter((k) => data && typeof data === 'object' && k in data);
  if (found.length === 0) return `needs ${error.keyword === 'oneOf' ? 'exactly one' : 'at least one'} of ${keys.map((k) => `'${k}'`).join(', ')}`;
  return `takes only one of ${keys.map((k) => `'${k}'`).join(', ')} (found ${found.map((k) => `'${k}'`).join(' and ')})`;
}

function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

/** One ajv error as a message, or undefined for errors that only echo another (if/then, branch internals). */
export function describeError(error: ErrorObject, refine?: (value: unknown, path: JsonPath) => string | undefined): SchemaMessage | undefined {
  const path = pointerPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  if (error.keyword === 'if' || /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const near = didYouMean(key, allowed);
      return { path, key, message: `unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ''}; allowed: ${allowed.join(', ')}` };
    }
    case 'required':
      return { path, message: `missing key '${String(params.missingProperty)}'` };
    case 'dependentRequired':
      return { path, key: String(params.property), message: `'${String(params.property)}' needs '${String(params.missingProperty)}' beside it` };
    case 'type':
      return { path, message: `must be ${typeWords(params.type)}${hint(error) ? `: ${hint(error)}` : ''}, not ${shown(value)}` };
    case 'enum': {
      const options = (params.allowedValues as unknown[]).map(String);
      const near = typeof value === 'string' ? didYouMean(value, options) : undefined;
      return { path, message: `${shown(value)} is not one of ${options.join(', ')}${near ? ` (did you mean '${near}'?)` : ''}` };
    }
    case 'pattern':
      return {
        path,
        message:
          refine?.(value, path) ??
          (/^\\S$/.test(String(params.pattern)) ? 'must not be empty' : `${shown(value)} is not ${hint(error) || `of the form ${String(params.pattern)}`}`),
      };
    case 'minItems':
      return { path, message: Number(params.limit) === 1 ? 'must not be an empty list' : `needs at least ${String(params.limit)} items` };
    case 'minimum':
    case 'maximum':
      return { path, message: `${shown(value)} is out of range: ${hint(error) || error.message}` };
    case 'maxLength':
      return { path, message: `${shown(value)} is too long: ${hint(error) || error.message}` };
    case 'minProperties':
    case 'maxProperties':
      return { path, message: `must have exactly one key: ${hint(error) || error.message}` };
    case 'uniqueItems':
      return { path, message: `lists the same item twice (items ${String(params.j)} and ${String(params.i)})` };
    case 'oneOf':
    case 'anyOf':
      return { path, message: choiceMessage(error, value) };
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}
