import type { LocalizedText } from '../types';
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
  text: LocalizedText;
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
    text: { en: `YAML syntax error: ${reason}.`, es: `Error de sintaxis YAML: ${reason}.` },
  };
}

const describeFixedReason: Rule = ({ reason, offset, source }) => {
  if (reason.startsWith('tab characters')) {
    return at('yaml-tab-indent', offset, 'A tab character cannot indent YAML: use spaces.', 'En YAML no se puede indentar con tabulaciones: usá espacios.');
  }
  if (reason === 'duplicated mapping key') {
    const start = offset > 0 && (source[offset - 1] === '"' || source[offset - 1] === "'") ? offset - 1 : offset;
    const key = keyAt(source, start);
    return at(
      'yaml-duplicate-key',
      start,
      `Duplicate key \`${key}\`: a key may appear only once in the same mapping (kubectl rejects the file).`,
      `Clave duplicada \`${key}\`: una clave puede aparecer una sola vez en el mismo mapa (kubectl rechaza el archivo).`,
    );
  }
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return at(
      'yaml-too-deep',
      offset,
      'This YAML is nested more than 100 levels deep; no Kubernetes object is that deep.',
      'Este YAML tiene más de 100 niveles de anidamiento; ningún objeto de Kubernetes es tan profundo.',
    );
  }
  if (reason.startsWith('aliases exceeded maxAliases')) {
    return at(
      'yaml-too-many-aliases',
      offset,
      'Too many aliases (`*name`) in one document: the limit is 100.',
      'Demasiados alias (`*nombre`) en un documento: el límite es 100.',
    );
  }
  return null;
};

const describeReferences: Rule = ({ reason, offset }) => {
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias !== null) {
    return at(
      'yaml-unknown-alias',
      offset,
      `The alias \`*${alias[1]}\` refers to no anchor \`&${alias[1]}\` defined above it.`,
      `El alias \`*${alias[1]}\` no apunta a ningún ancla \`&${alias[1]}\` definida antes.`,
    );
  }
  const tag = /^(?:unknown (?:scalar |sequence |mapping )?tag|cannot resolve a node with) !<(.*?)>/.exec(reason);
  if (tag !== null) {
    const name = tag[1].replace('tag:yaml.org,2002:', '!!');
    return at(
      'yaml-unknown-tag',
      offset,
      `The YAML tag \`${name}\` is not understood here; remove it (Kubernetes manifests use no tags).`,
      `El tag YAML \`${name}\` no se entiende acá; sacalo (los manifiestos de Kubernetes no usan tags).`,
    );
  }
  if (reason.startsWith('null byte') || reason.startsWith('the stream contains non-printable') || reason === 'expected valid JSON character') {
    return at(
      'yaml-invalid-character',
      offset,
      'This text contains a control character (binary data?); YAML files must be plain text.',
      'El texto tiene un carácter de control (¿datos binarios?); un archivo YAML tiene que ser texto plano.',
    );
  }
  return null;
};

const describeTemplate: Rule = ({ offset, source }) => {
  const line = lineAround(source, offset);
  const braces = line.text.indexOf('{{');
  if (braces < 0) return null;
  return at(
    'yaml-template-syntax',
    line.start + braces,
    '`{{ ... }}` is template syntax (Helm, Go templates), not YAML: write the real value, or quote it.',
    '`{{ ... }}` es sintaxis de plantillas (Helm, Go templates), no YAML: escribí el valor real o ponelo entre comillas.',
  );
};

const describeUnclosed: Rule = ({ reason, offset, source }) => {
  if (!/deficient indentation|unexpected end of the (stream|document)|missed comma|flow collection/.test(reason)) return null;
  const open = findUnclosed(source, offset);
  if (open === null) return null;
  if (open.char === '"' || open.char === "'") {
    return at(
      'yaml-unclosed-quote',
      open.offset,
      `This ${open.char} opens a quoted value that is never closed.`,
      `Estas comillas ${open.char} abren un valor que nunca se cierra.`,
    );
  }
  const close = open.char === '[' ? ']' : '}';
  return at(
    'yaml-unclosed-bracket',
    open.offset,
    `This \`${open.char}\` is never closed: add \`${close}\`.`,
    `Este \`${open.char}\` nunca se cierra: agregá \`${close}\`.`,
  );
};

const describeBadCharacter: Rule = ({ offset, source }) => {
  const c = source[offset];
  if (c === '`' || c === '@' || c === '%') {
    const [en, es] = c === '`' ? ['a backtick (`)', 'un acento grave (`)'] : [`\`${c}\``, `\`${c}\``];
    return at(
      'yaml-reserved-character',
      offset,
      `A plain value cannot start with ${en} in YAML: put the value in quotes.`,
      `En YAML un valor sin comillas no puede empezar con ${es}: ponelo entre comillas.`,
    );
  }
  if (c === ']' || c === '}') {
    return at(
      'yaml-unexpected-bracket',
      offset,
      `This \`${c}\` closes nothing: remove it or add the opening bracket.`,
      `Este \`${c}\` no cierra nada: sacalo o agregá el que abre.`,
    );
  }
  return null;
};

function at(code: string, offset: number, en: string, es: string): YamlErrorDescription {
  return { code, offset, text: { en, es } };
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
