import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, parseManifests } from '../../../../lib/sim/parse';

function billionLaughs(levels: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const n of 'bcdefghijk'.slice(0, levels)) {
    text += `  ${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = n;
  }
  return text;
}

describe('hostile input: one clear diagnostic, nothing thrown, nothing hangs', () => {
  it('an alias bomb is refused at the alias that explodes', () => {
    const { diagnostics, objects } = parseManifests(billionLaughs(9));
    expect(objects).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-alias-expansion', severity: 'error', line: 9, column: 13 })]);
    expect(diagnostics[0].message).toContain('alias bomb');
  });

  it('a few levels of aliases are fine', () => {
    const { diagnostics } = parseManifests(billionLaughs(2));
    expect(diagnostics.map((d) => d.code)).toEqual(['schema-wrong-type', 'schema-wrong-type', 'schema-wrong-type']);
  });

  it('more than 100 aliases in one document is refused', () => {
    const text = `a: &a x\nb: [${Array(150).fill('*a').join(', ')}]\n`;
    expect(parseManifests(text).diagnostics).toEqual([expect.objectContaining({ code: 'yaml-too-many-aliases', line: 2 })]);
  });

  it.each([
    ['flow', `a: ${'['.repeat(5000)}${']'.repeat(5000)}`, 1],
    ['block', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), 100],
  ])('very deep %s nesting gives one diagnostic', (_name, text, line) => {
    expect(parseManifests(text).diagnostics).toEqual([expect.objectContaining({ code: 'yaml-too-deep', line })]);
  });

  it('input over the size limit is refused whole', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  x: "${'x'.repeat(MAX_INPUT_CHARS)}"\n`;
    const { diagnostics, objects } = parseManifests(text);
    expect(objects).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input-too-large', line: 1, column: 1 })]);
  });

  it('NUL bytes mean binary: one diagnostic at the first NUL, nothing parsed', () => {
    const { diagnostics, objects } = parseManifests('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n\u0000\u0001\u0002\u0000');
    expect(objects).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'binary-input', line: 4, column: 1 })]);
  });

  it('control characters are refused at their position', () => {
    const { diagnostics } = parseManifests('apiVersion: v1\nkind: Namespace\nmetadata: {name: "a\u0007"}\n');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-invalid-character', line: 3 })]);
  });

  it.each([
    ['a scalar', 'just some text\n', 'document-not-object', 'error'],
    ['a number', '42\n', 'document-not-object', 'error'],
    ['a list', '- apiVersion: v1\n  kind: Namespace\n', 'document-not-object', 'error'],
    ['null', '~\n', 'empty-document', 'info'],
  ])('a document that is %s', (_name, text, code, severity) => {
    const { diagnostics, objects } = parseManifests(text);
    expect(objects).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code, severity, line: 1, column: 1 })]);
  });

  it('empty input and comments only give nothing', () => {
    for (const text of ['', '\n\n', '# nothing\n', '---\n---\n']) expect(parseManifests(text)).toEqual({ objects: [], parsed: [], diagnostics: [] });
  });

  it('huge numbers are flagged and ports out of range reported', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 123456789012345678901\n';
    expect(parseManifests(text).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['invalid-port', 6],
      ['number-too-large', 6],
    ]);
  });

  it('prototype keys are plain unknown fields and pollute nothing', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\nmetadata:\n  name: a\n  __proto__: {x: 1}\n  labels: {__proto__: x}\n';
    const { diagnostics, objects } = parseManifests(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(objects[0])).toBe(Object.prototype);
    expect(diagnostics.filter((d) => d.code === 'schema-unknown-field').map((d) => d.path)).toEqual(['__proto__', 'constructor', 'metadata.__proto__']);
  });

  it('`kind: constructor` or `toString` finds no kind', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseManifests(`apiVersion: v1\nkind: ${kind}\nmetadata: {name: a}\n`).diagnostics).toEqual([expect.objectContaining({ code: 'unknown-kind' })]);
    }
  });

  it('a byte order mark is ignored', () => {
    const { diagnostics, objects } = parseManifests('\ufeffapiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    expect(diagnostics).toEqual([]);
    expect(objects).toHaveLength(1);
  });

  it('non-string input does not throw', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parseManifests(value as unknown as string)).toEqual({ objects: [], parsed: [], diagnostics: [] });
    }
  });
});
