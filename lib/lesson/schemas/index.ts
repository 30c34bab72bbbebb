// The authoring contract as schemas. Build-time (server) code: ajv compiles the schemas when first used.
export { checkData, checkYaml, CONTENT_SCHEMAS, type CheckOptions, type ContentSchema, type SchemaProblem } from './validate';
export { readYamlSource, type SourcePosition, type YamlSource } from './yamlSource';
export { pathText, pointerPath, type JsonPath } from './messages';
