import type { GeneratedValidationError } from '../schemas/validator.generated.js';
import { msg } from '../messages';
import { schemaValidator } from '../schemas/schemaValidators';
import type { Finding } from '../validate/finding';
import { finding } from '../validate/finding';
import { describeSchemaError } from './describeSchemaError';
import type { KindInfo } from './kindRegistry';
import { definitionNode } from './schemaNavigator';

/** At most this many schema findings per object; a pasted blob should not flood the editor. */
const MAX_FINDINGS = 50;

/**
 * Validates one object against its kind's JSON Schema (Kubernetes OpenAPI, strict:
 * `additionalProperties: false`), as `kubectl apply --validate=strict` does on the server.
 * The validators are precompiled (scripts/build-schema-validator.mjs): nothing is compiled
 * or evaluated at run time. In the page worker a kind's validator may not be loaded yet: then
 * there is no finding here, the gap is noted, and the worker loads it and builds again
 * (../schemas/schemaValidators.ts). ajv's error cascades (every `oneOf` branch failing) are
 * collapsed into one message per field.
 */
export function validateSchema(object: Record<string, unknown>, info: KindInfo): Finding[] {
  const schema = info.schema;
  const validate = schema === undefined ? undefined : schemaValidator(schema.definition);
  if (schema === undefined || validate === undefined) return [];
  let valid: boolean;
  try {
    valid = validate(object);
  } catch {
    return [finding('error', 'schema-unreadable', '', msg('parse.schema.unreadable', {}))];
  }
  if (valid) return [];
  const root = definitionNode(schema.definition);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const error of collapseErrors(validate.errors ?? [])) {
    const f = describeSchemaError(error, object, root);
    const key = `${f.code} ${f.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  if (out.length <= MAX_FINDINGS) return out;
  const rest = out.length - MAX_FINDINGS;
  return [...out.slice(0, MAX_FINDINGS), finding('info', 'schema-more-errors', '', msg('parse.schema.moreErrors', { count: rest }))];
}

/**
 * Keeps one error per failing `oneOf`/`anyOf` (dropping its branches' errors), drops `if`, and
 * drops "required" for fields the API server defaults: `roleRef.apiGroup` is marked required
 * in the OpenAPI schema but an empty value is defaulted to `rbac.authorization.k8s.io`
 * (pkg/apis/rbac/v1/defaults.go), and a NetworkPolicy without `podSelector` selects every pod
 * of its namespace; the semantic checks report these as info instead.
 */
export function collapseErrors(errors: readonly GeneratedValidationError[]): GeneratedValidationError[] {
  const composites = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (e.keyword === 'required' && e.params.missingProperty === 'apiGroup' && e.instancePath.endsWith('/roleRef')) return false;
    if (e.keyword === 'required' && e.params.missingProperty === 'podSelector' && e.instancePath === '/spec') return false;
    return !composites.some((c) => c !== e && e.instancePath.startsWith(c.instancePath) && e.schemaPath.startsWith(`${c.schemaPath}/`));
  });
}
