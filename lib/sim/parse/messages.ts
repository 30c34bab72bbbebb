/**
 * Message codes of the manifest reader (YAML syntax, apiVersion/kind, schema), with sample
 * parameters (words: lib/i18n/messages/<lang>/parse.ts). Upstream texts (js-yaml's reason,
 * ajv's message) travel as parameters and are shown as they are.
 */
import { NESTED, optional } from '../messages/message';

const YAML_MESSAGES = {
  'parse.yaml.syntax': { reason: 'end of the stream or a document separator is expected' },
  'parse.yaml.unreadable': {},
  'parse.yaml.tabIndent': {},
  'parse.yaml.duplicateKey': { key: 'name' },
  'parse.yaml.tooDeep': {},
  'parse.yaml.tooManyAliases': {},
  'parse.yaml.unknownAlias': { name: 'base' },
  'parse.yaml.unknownTag': { tag: '!!binary' },
  'parse.yaml.invalidCharacter': {},
  'parse.yaml.templateSyntax': {},
  'parse.yaml.unclosedQuote': { quote: '"' },
  'parse.yaml.unclosedBracket': { open: '[', close: ']' },
  /** `char` is the character itself; a backtick gets its own words. */
  'parse.yaml.reservedCharacter': { char: '@' },
  'parse.yaml.unexpectedBracket': { char: ']' },
  'parse.yaml.missingSpace': { key: 'image' },
  'parse.yaml.colonInValue': {},
  'parse.yaml.missingColon': { word: 'metadata' },
  'parse.yaml.listAmongKeys': {},
  'parse.yaml.indentation': { detail: optional(NESTED) },
  'parse.yaml.misaligned': { word: 'image', column: 5, previous: 'name', line: 7, previousColumn: 7 },
  'parse.yaml.recursiveAlias': { name: 'loop' },
  'parse.yaml.aliasExpansion': { name: 'lol9' },
  'parse.yaml.booleanWord': { text: 'yes', value: true },
  'parse.yaml.booleanWordString': { text: 'yes', value: true, path: 'metadata.labels.enabled' },
  'parse.numberTooLarge': { text: '123456789012345678901' },
};

const INPUT_MESSAGES = {
  'parse.internalError': { detail: 'RangeError: Maximum call stack size exceeded' },
  'parse.inputTooLarge': { mib: '2.5' },
  'parse.binaryInput': {},
  'parse.emptyDocument': {},
  'parse.documentIsList': {},
  /** `value` is the document's scalar as JSON (`"hello"`, `"42"`). */
  'parse.documentIsValue': { value: '"hello"' },
};

const KIND_MESSAGES = {
  'parse.kind.missing': {},
  'parse.kind.notAName': { value: NESTED },
  'parse.apiVersion.missing': { kind: optional('Pod'), version: optional('v1') },
  'parse.apiVersion.removed': { apiVersion: 'extensions/v1beta1', removed: '1.16', version: 'apps/v1', kind: 'Deployment' },
  'parse.kind.notInVersion': { kind: 'Deployment', apiVersion: 'v1', versions: ['apps/v1'] },
  'parse.kind.unknown': { kind: 'Deploymnet', apiVersion: 'apps/v1', guess: optional('Deployment') },
};

const SCHEMA_MESSAGES = {
  /** A schema error without words of its own: ajv's message as `detail`. */
  'parse.schema.invalid': { path: 'spec.replicas', detail: optional('must be >= 0') },
  'parse.schema.unknownField': { path: 'spec.containers[0].imagePulicy', hint: NESTED },
  'parse.schema.hint.listItemSpace': {},
  'parse.schema.hint.containerSecurityContext': { field: 'allowPrivilegeEscalation' },
  'parse.schema.hint.podSecurityContext': { field: 'fsGroup' },
  'parse.schema.hint.containerSetting': { field: 'image' },
  'parse.schema.hint.podSetting': { field: 'serviceAccountName' },
  'parse.schema.hint.didYouMean': { guess: 'imagePullPolicy' },
  'parse.schema.hint.belongsUnder': { field: 'image', where: 'spec.containers[0]' },
  'parse.schema.hint.strict': {},
  /** An empty `path` is the document itself. */
  'parse.schema.wrongType': { path: 'spec.replicas', expected: [NESTED], value: NESTED, hint: optional(NESTED) },
  'parse.type.integer': {},
  'parse.type.number': {},
  'parse.type.string': {},
  'parse.type.boolean': {},
  'parse.type.array': {},
  'parse.type.object': {},
  'parse.type.intOrString': {},
  /** A JSON Schema type without words (shown as its name). */
  'parse.type.other': { name: 'date' },
  'parse.value.empty': {},
  'parse.value.string': { json: '"three"' },
  'parse.value.number': { value: 3 },
  'parse.schema.hint.removeQuotes': {},
  'parse.schema.hint.quote': { value: '8080' },
  'parse.schema.hint.itemSpaces': {},
  'parse.schema.hint.startItems': {},
  'parse.schema.hint.addItems': {},
  'parse.schema.hint.addFields': {},
  'parse.schema.hint.colonSpace': {},
  /** An empty `path` is the object itself. */
  'parse.schema.missingField': { path: 'spec', field: 'containers' },
  'parse.schema.notAllowed': { path: 'spec.type', allowed: ['ClusterIP', 'NodePort'], value: NESTED, guess: optional('NodePort') },
  'parse.schema.unreadable': {},
  'parse.schema.moreErrors': { count: 12 },
};

export const PARSE_MESSAGES = { ...YAML_MESSAGES, ...INPUT_MESSAGES, ...KIND_MESSAGES, ...SCHEMA_MESSAGES };
