// The authoring contract (docs/lesson-format.md) as JSON Schemas (draft 2020-12), checked with ajv.
// Problems carry the line and column of the YAML source, so `lessons:check` and the build print
// `lessons/.../exercise.yaml:12:7: goals[2].podSecurity: unknown key 'namespce'`.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import exerciseSchema from './exercise.schema.json';
import demoSchema from './demo.schema.json';
import trackSchema from './track.schema.json';
import frontMatterSchema from './front-matter.schema.json';
import { describeError, pathText, type JsonPath } from './messages';
import { readYamlSource, type SourcePosition, type YamlSource } from './yamlSource';

export const CONTENT_SCHEMAS = { exercise: exerciseSchema, demo: demoSchema, track: trackSchema, frontMatter: frontMatterSchema } as const;
export type ContentSchema = keyof typeof CONTENT_SCHEMAS;

export interface SchemaProblem extends SourcePosition {
  /** The JSON path of the value, as text: `goals[3].podSecurity`. */
  path: string;
  message: string;
}

export interface CheckOptions {
  /** A better message for a value that fails a pattern (e.g. an old target form). */
  refinePattern?: (value: unknown, path: JsonPath) => string | undefined;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<ContentSchema, ValidateFunction>();

function validatorFor(name: ContentSchema): ValidateFunction {
  ajv ??= new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strictRequired: false, keywords: ['errorMessage'] });
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(CONTENT_SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** Validate parsed data against one of the content schemas; positions come from `source`. */
export function checkData(name: ContentSchema, data: unknown, source: Pick<YamlSource, 'locate'>, options: CheckOptions = {}): SchemaProblem[] {
  const validate = validatorFor(name);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    const described = describeError(error, options.refinePattern);
    if (!described) continue;
    const path = pathText(described.path);
    const message = path ? `${path}: ${described.message}` : described.message;
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ ...source.locate(described.path, described.key), path, message });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Parse YAML text and validate it: the data plus every syntax and schema problem, positioned. */
export function checkYaml(name: ContentSchema, text: string, options: CheckOptions = {}): { data: unknown; source: YamlSource; problems: SchemaProblem[] } {
  const source = readYamlSource(text);
  if (source.errors.length) return { data: null, source, problems: source.errors.map((e) => ({ ...e, path: '', message: `not valid YAML: ${e.message}` })) };
  return { data: source.data, source, problems: checkData(name, source.data, source, options) };
}
