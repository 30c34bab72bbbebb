import { msg, type Message } from '../messages';
import { describeLayoutError } from './describeYamlLayout';
import { findUnclosed } from './yamlLexer';

/**
 * Turns a js-yaml error (its reason and offset) into words a learner understands, placed
 * where the fix belongs. js-yaml often reports where it gave up ("bad indentation of a
 * mapping entry" on the line after a missing space); these rules look at the text around
 * the error to name the real mistake. kubectl fails on the same documents (its YAML reader
 * rejects the same syntax), only with terser messages.
 */
export interface YamlErrorDescription {
  code: string;
  offset: number;
  text: Message;
}

type Rule = (ctx: ErrorContext) => YamlErrorDescription | null;

interface ErrorContext {
  reason: string;
  offset: number;
  source: string;
  firstLine: number;
}

/**
 * Describes a YAML syntax error at `offset` of `source` (one document's text, which starts on
 * line `firstLine` of the file, for line numbers quoted in messages).
 */
export function describeYamlError(reason: string, offset: number, source: string, firstLine = 1): YamlErrorDescription {
  const ctx: ErrorContext = { reason, offset: Math.max(0, Math.min(offset, source.length)), source, firstLine };
  for (const rule of RULES) {
    const found = rule(ctx);
    if (found !== null) return found;
  }
  return {
    code: 'yaml-syntax',
    offset: ctx.offset,
    text: msg('parse.yaml.syntax', { reason }),
  };
}

const describeFixedReason: Rule = ({ reason, offset, source }) => {
  if (reason.startsWith('tab characters')) {
    return at('yaml-tab-indent', offset, msg('parse.yaml.tabIndent', {}));
  }
  if (reason === 'duplicated mapping key') {
    const start = offset > 0 && (source[offset - 1] === '"' || source[offset - 1] === "'") ? offset - 1 : offset;
    const key = keyAt(source, start);
    return at('yaml-duplicate-key', start, msg('parse.yaml.duplicateKey', { key }));
  }
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return at('yaml-too-deep', offset, msg('parse.yaml.tooDeep', {}));
  }
  if (reason.startsWith('aliases exceeded maxAliases')) {
    return at('yaml-too-many-aliases', offset, msg('parse.yaml.tooManyAliases', {}));
  }
  return null;
};

const describeReferences: Rule = ({ reason, offset }) => {
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias !== null) {
    return at('yaml-unknown-alias', offset, msg('parse.yaml.unknownAlias', { name: alias[1] }));
  }
  const tag = /^(?:unknown (?:scalar |sequence |mapping )?tag|cannot resolve a node with) !<(.*?)>/.exec(reason);
  if (tag !== null) {
    const name = tag[1].replace('tag:yaml.org,2002:', '!!');
    return at('yaml-unknown-tag', offset, msg('parse.yaml.unknownTag', { tag: name }));
  }
  if (reason.startsWith('null byte') || reason.startsWith('the stream contains non-printable') || reason === 'expected valid JSON character') {
    return at('yaml-invalid-character', offset, msg('parse.yaml.invalidCharacter', {}));
  }
  return null;
};

const describeTemplate: Rule = ({ offset, source }) => {
  const line = lineAround(source, offset);
  const braces = line.text.indexOf('{{');
  if (braces < 0) return null;
  return at('yaml-template-syntax', line.start + braces, msg('parse.yaml.templateSyntax', {}));
};

const describeUnclosed: Rule = ({ reason, offset, source }) => {
  if (!/deficient indentation|unexpected end of the (stream|document)|missed comma|flow collection/.test(reason)) return null;
  const open = findUnclosed(source, offset);
  if (open === null) return null;
  if (open.char === '"' || open.char === "'") {
    return at('yaml-unclosed-quote', open.offset, msg('parse.yaml.unclosedQuote', { quote: open.char }));
  }
  const close = open.char === '[' ? ']' : '}';
  return at('yaml-unclosed-bracket', open.offset, msg('parse.yaml.unclosedBracket', { open: open.char, close }));
};

const describeBadCharacter: Rule = ({ offset, source }) => {
  const c = source[offset];
  if (c === '`' || c === '@' || c === '%') {
    return at('yaml-reserved-character', offset, msg('parse.yaml.reservedCharacter', { char: c }));
  }
  if (c === ']' || c === '}') {
    return at('yaml-unexpected-bracket', offset, msg('parse.yaml.unexpectedBracket', { char: c }));
  }
  return null;
};

function at(code: string, offset: number, text: Message): YamlErrorDescription {
  return { code, offset, text };
}

function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset, offset + 200);
  const m = /^(["'])(.*?)\1|^([^:\n\r]*?)\s*:/.exec(rest);
  return (m?.[2] ?? m?.[3] ?? rest.split(/[\n\r]/)[0]).trim();
}

/** The line that contains `offset`: its text and start offset. */
export function lineAround(source: string, offset: number): { text: string; start: number } {
  let start = offset;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  let end = offset;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  return { text: source.slice(start, end), start };
}

const RULES: Rule[] = [
  describeFixedReason,
  describeReferences,
  describeTemplate,
  describeUnclosed,
  describeBadCharacter,
  (ctx) => describeLayoutError(ctx.reason, ctx.offset, ctx.source, ctx.firstLine),
];
