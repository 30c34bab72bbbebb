import { msg, type Message } from '../messages';
import type { YamlErrorDescription } from './describeYamlError';

/**
 * Layout mistakes behind js-yaml's indentation errors: a missing space after `:`, a second
 * `: ` inside a value, a key without `:`, a list item among mapping keys, and misaligned keys.
 */
interface Line {
  text: string;
  start: number;
  number: number;
}

const LAYOUT_REASONS = /bad indentation|deficient indentation|expected ':'|can not read a block mapping|end of the stream or a document separator/;
const KEY_WITHOUT_SPACE = /^(\s*(?:-\s+)?)([A-Za-z0-9_./-]+):(?=[^\s:/])/;
const BARE_WORD = /^(\s*)([A-Za-z0-9_./-]+)\s*$/;

/** Describes a layout error, or returns null when the reason is not about layout. */
export function describeLayoutError(reason: string, offset: number, source: string, firstLine: number): YamlErrorDescription | null {
  if (!LAYOUT_REASONS.test(reason)) return null;
  const lines = splitLines(source, firstLine);
  const index = lineIndexOf(lines, offset);
  const nearby = [lines[index], ...previousContentLines(lines, index, 2)].filter((l): l is Line => l !== undefined);
  return (
    missingSpace(nearby) ??
    colonInValue(lines[index], offset) ??
    missingColon(nearby.slice(0, 2)) ??
    listAmongKeys(lines[index], reason) ??
    misaligned(lines, index, offset)
  );
}

function missingSpace(nearby: Line[]): YamlErrorDescription | null {
  for (const line of nearby) {
    const m = KEY_WITHOUT_SPACE.exec(line.text);
    if (m === null || line.text.includes(': ')) continue;
    const key = m[2];
    return at('yaml-missing-space', line.start + m[1].length + key.length, msg('parse.yaml.missingSpace', { key }));
  }
  return null;
}

function colonInValue(line: Line | undefined, offset: number): YamlErrorDescription | null {
  if (line === undefined) return null;
  const m = /^(\s*(?:-\s+)?[^\s:#"'][^:#]*?:\s+)(\S.*)$/.exec(line.text);
  if (m === null || !m[2].includes(': ') || /^["'[{|>]/.test(m[2]) || offset < line.start + m[1].length) return null;
  return at('yaml-colon-in-value', line.start + m[1].length, msg('parse.yaml.colonInValue', {}));
}

function missingColon(nearby: Line[]): YamlErrorDescription | null {
  for (const line of nearby) {
    const m = BARE_WORD.exec(line.text);
    if (m === null) continue;
    const word = m[2];
    return at('yaml-missing-colon', line.start + m[1].length + word.length, msg('parse.yaml.missingColon', { word }));
  }
  return null;
}

function listAmongKeys(line: Line | undefined, reason: string): YamlErrorDescription | null {
  if (line === undefined || !/^\s*-(\s|$)/.test(line.text) || !reason.startsWith('end of the stream')) return null;
  return at('yaml-list-among-keys', line.start + line.text.indexOf('-'), msg('parse.yaml.listAmongKeys', {}));
}

function misaligned(lines: Line[], index: number, offset: number): YamlErrorDescription {
  const line = lines[index];
  const [previous] = previousContentLines(lines, index, 1);
  const col = line === undefined ? -1 : keyColumn(line.text);
  if (line === undefined || col < 0) return indentationAt(offset);
  const start = line.start + col;
  const word = firstWord(line.text.slice(col));
  if (previous === undefined) return indentationAt(start);
  const prevCol = keyColumn(previous.text);
  const prevWord = firstWord(previous.text.slice(prevCol));
  return indentationAt(start, msg('parse.yaml.misaligned', { word, column: col + 1, previous: prevWord, line: previous.number, previousColumn: prevCol + 1 }));
}

function indentationAt(offset: number, detail?: Message): YamlErrorDescription {
  return at('yaml-indentation', offset, msg('parse.yaml.indentation', { detail }));
}

function keyColumn(text: string): number {
  const m = /^(\s*(?:-\s+)*)\S/.exec(text);
  return m === null ? -1 : m[1].length;
}

function firstWord(text: string): string {
  return (/^[^\s:]+/.exec(text)?.[0] ?? text).slice(0, 40);
}

function splitLines(source: string, firstLine: number): Line[] {
  const out: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    out.push({ text: m[1], start: m.index, number: firstLine + out.length });
    if (m[2] === '') break;
  }
  return out;
}

function lineIndexOf(lines: Line[], offset: number): number {
  let i = 0;
  while (i + 1 < lines.length && lines[i + 1].start <= offset) i++;
  return i;
}

function previousContentLines(lines: Line[], index: number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = index - 1; i >= 0 && out.length < count; i--) {
    const t = lines[i].text.trim();
    if (t !== '' && !t.startsWith('#') && !/^(---|\.\.\.)(\s|$)/.test(t)) out.push(lines[i]);
  }
  return out;
}

function at(code: string, offset: number, text: Message): YamlErrorDescription {
  return { code, offset, text };
}
