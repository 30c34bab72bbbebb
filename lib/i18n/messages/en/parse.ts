import type { PARSE_MESSAGES } from '../../../sim/parse/messages';
import type { AreaCatalog } from '../types';

const guessed = (guess: string | undefined): string => (guess !== undefined ? ` Did you mean \`${guess}\`?` : '');
const hinted = (hint: string | undefined): string => (hint ? ` ${hint}` : '');

export const parse: AreaCatalog<typeof PARSE_MESSAGES> = {
  'parse.yaml.syntax': ({ reason }) => `YAML syntax error: ${reason}.`,
  'parse.yaml.unreadable': () => 'This document could not be read as YAML.',
  'parse.yaml.tabIndent': () => 'A tab character cannot indent YAML: use spaces.',
  'parse.yaml.duplicateKey': ({ key }) => `Duplicate key \`${key}\`: a key may appear only once in the same mapping (kubectl rejects the file).`,
  'parse.yaml.tooDeep': () => 'This YAML is nested more than 100 levels deep; no Kubernetes object is that deep.',
  'parse.yaml.tooManyAliases': () => 'Too many aliases (`*name`) in one document: the limit is 100.',
  'parse.yaml.unknownAlias': ({ name }) => `The alias \`*${name}\` refers to no anchor \`&${name}\` defined above it.`,
  'parse.yaml.unknownTag': ({ tag }) => `The YAML tag \`${tag}\` is not understood here; remove it (Kubernetes manifests use no tags).`,
  'parse.yaml.invalidCharacter': () => 'This text contains a control character (binary data?); YAML files must be plain text.',
  'parse.yaml.templateSyntax': () => '`{{ ... }}` is template syntax (Helm, Go templates), not YAML: write the real value, or quote it.',
  'parse.yaml.unclosedQuote': ({ quote }) => `This ${quote} opens a quoted value that is never closed.`,
  'parse.yaml.unclosedBracket': ({ open, close }) => `This \`${open}\` is never closed: add \`${close}\`.`,
  'parse.yaml.reservedCharacter': ({ char }) =>
    `A plain value cannot start with ${char === '`' ? 'a backtick (`)' : `\`${char}\``} in YAML: put the value in quotes.`,
  'parse.yaml.unexpectedBracket': ({ char }) => `This \`${char}\` closes nothing: remove it or add the opening bracket.`,
  'parse.yaml.missingSpace': ({ key }) => `Missing space after \`${key}:\`. YAML needs \`key: value\` with a space after the colon.`,
  'parse.yaml.colonInValue': () => 'This value contains `: `, which YAML reads as another key on the same line: put the whole value in quotes.',
  'parse.yaml.missingColon': ({ word }) => `\`${word}\` is not a \`key: value\` entry: add \`:\` after it (and indent its contents below it).`,
  'parse.yaml.listAmongKeys': () =>
    'A list item `-` cannot start here: the lines above are `key: value` entries. Put the list under a key, indented, or write `key: value`.',
  'parse.yaml.indentation': ({ detail }) =>
    `Indentation is off here:${hinted(detail)} Keys of the same mapping must start at the same column, and nested content goes further right (use spaces).`,
  'parse.yaml.misaligned': ({ word, column, previous, line, previousColumn }) =>
    `\`${word}\` starts at column ${column}, but \`${previous}\` on line ${line} starts at column ${previousColumn}.`,
  'parse.yaml.recursiveAlias': ({ name }) => `The alias \`*${name}\` refers to the node that contains it, which would be infinite.`,
  'parse.yaml.aliasExpansion': ({ name }) => `Aliases expand too much here (\`*${name}\`): this looks like an "alias bomb", so the document is not read.`,
  'parse.yaml.booleanWord': ({ text, value }) =>
    `kubectl (YAML 1.1) reads \`${text}\` as ${value}, but YAML 1.2 tools such as this editor read the text "${text}": write \`${value}\`.`,
  'parse.yaml.booleanWordString': ({ text, value, path }) =>
    `kubectl (YAML 1.1) reads the unquoted \`${text}\` as the boolean ${value}, and the API rejects it because \`${path}\` must be a string: quote it ("${text}").`,
  'parse.numberTooLarge': ({ text }) => `\`${text}\` is too large to be stored exactly (more than 2^53); the simulator rounds it.`,

  'parse.internalError': ({ detail }) => `The simulator could not read this text (internal error: ${detail}). Please report it.`,
  'parse.inputTooLarge': ({ mib }) => `This text is too large (${mib} MiB; the limit is 2 MiB): nothing was read.`,
  'parse.binaryInput': () => 'This text contains NUL bytes: it looks like a binary file, not YAML. Nothing was read.',
  'parse.emptyDocument': () => 'This document is empty (null): kubectl skips it.',
  'parse.documentIsList': () =>
    'This document is a list, but kubectl expects one object per document: separate objects with `---` (or use `kind: List` with `items`).',
  'parse.documentIsValue': ({ value }) =>
    `This document is the value ${value}, not an object: a manifest is \`key: value\` lines (apiVersion, kind, metadata, ...).`,

  'parse.kind.missing': () => 'Every object needs `kind` (Pod, Role, NetworkPolicy, ...).',
  'parse.kind.notAName': ({ value }) => `\`kind\` must be a kind name such as \`Pod\`, not ${value}.`,
  'parse.apiVersion.missing': ({ kind, version }) =>
    `Every object needs \`apiVersion\` (the API group and version of its kind).${version !== undefined ? ` For a ${kind}: \`apiVersion: ${version}\`.` : ''}`,
  'parse.apiVersion.removed': ({ apiVersion, removed, version, kind }) =>
    `\`${apiVersion}\` was removed in Kubernetes ${removed}: use \`apiVersion: ${version}\` for a ${kind}.`,
  'parse.kind.notInVersion': ({ kind, apiVersion, versions }) =>
    `There is no kind \`${kind}\` in \`${apiVersion}\`: ${kind} is in \`${versions.join('`, `')}\`.`,
  'parse.kind.unknown': ({ kind, apiVersion, guess }) =>
    `Unknown kind \`${kind}\` in \`${apiVersion}\`.${guess !== undefined ? guessed(guess) : ' The lab has no custom resources.'}`,

  'parse.schema.invalid': ({ path, detail }) => `\`${path}\`: ${detail ?? 'invalid value'}.`,
  'parse.schema.unknownField': ({ path, hint }) => `Unknown field \`${path}\`. ${hint}`,
  'parse.schema.hint.listItemSpace': () => 'To start a list item, put a space after `-`.',
  'parse.schema.hint.containerSecurityContext': ({ field }) =>
    `\`${field}\` is a container setting: put it in each container's \`securityContext\` (\`containers[].securityContext\`).`,
  'parse.schema.hint.podSecurityContext': ({ field }) =>
    `\`${field}\` is a pod setting: put it in the pod's \`securityContext\` (\`spec.securityContext\`), next to \`containers\`.`,
  'parse.schema.hint.containerSetting': ({ field }) => `\`${field}\` is a container setting: put it inside an item of \`containers\`.`,
  'parse.schema.hint.podSetting': ({ field }) => `\`${field}\` is a pod setting: put it in the pod spec, next to \`containers\`.`,
  'parse.schema.hint.didYouMean': ({ guess }) => `Did you mean \`${guess}\`?`,
  'parse.schema.hint.belongsUnder': ({ field, where }) => `\`${field}\` belongs under \`${where}\`.`,
  'parse.schema.hint.strict': () => 'kubectl apply rejects unknown fields (strict field validation).',
  'parse.schema.wrongType': ({ path, expected, value, hint }) =>
    `${path === '' ? 'The document' : `\`${path}\``} must be ${expected.join(' or ')}, not ${value}.${hinted(hint)}`,
  'parse.type.integer': () => 'an integer',
  'parse.type.number': () => 'a number',
  'parse.type.string': () => 'a string',
  'parse.type.boolean': () => 'true or false',
  'parse.type.array': () => 'a list',
  'parse.type.object': () => 'a mapping (`key: value` lines)',
  'parse.type.intOrString': () => 'a number or a name',
  'parse.type.other': ({ name }) => name,
  'parse.value.empty': () => 'empty',
  'parse.value.string': ({ json }) => `the string ${json}`,
  'parse.value.number': ({ value }) => `the number ${value}`,
  'parse.schema.hint.removeQuotes': () => 'Remove the quotes.',
  'parse.schema.hint.quote': ({ value }) => `Put it in quotes: "${value}".`,
  'parse.schema.hint.itemSpaces': () => 'Put a space after `-` to start each list item.',
  'parse.schema.hint.startItems': () => 'Start each item with `- `.',
  'parse.schema.hint.addItems': () => 'Add items below it (`- ...`) or write `[]`.',
  'parse.schema.hint.addFields': () => 'Add its fields indented below it, or remove it.',
  'parse.schema.hint.colonSpace': () => 'Missing a space after `:`?',
  'parse.schema.missingField': ({ path, field }) =>
    path === '' ? `The object is missing the required field \`${field}\`.` : `\`${path}\` is missing the required field \`${field}\`.`,
  'parse.schema.notAllowed': ({ path, allowed, value, guess }) =>
    `\`${path}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}, not ${value}.${guessed(guess)}`,
  'parse.schema.unreadable': () => 'This object could not be checked against the schema.',
  'parse.schema.moreErrors': ({ count }) => `${count} more schema errors in this object are not shown.`,
};
