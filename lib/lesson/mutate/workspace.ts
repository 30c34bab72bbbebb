import { createTwoFilesPatch } from 'diff';
import { Document, isCollection, isNode, isSeq, parseAllDocuments } from 'yaml';
import type { DocRef, Edit, MutationSpec, Mutation } from './types';
import { deepEqual } from './objects';

/** One YAML document of an editable file: its source text, its syntax tree and its data. */
export interface WorkDoc {
  ref: DocRef;
  /** The exact text of this document in the file (separator and comments included). */
  text: string;
  doc: Document;
  /** Its data; null when it is empty or not valid YAML. */
  value: unknown;
}

/** The solution's editable files, split into documents. */
export interface Workspace {
  files: string[];
  texts: Record<string, string>;
  docs: WorkDoc[];
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A line without the spacing YAML ignores: inside flow brackets, before a comment. */
function normalised(line: string): string {
  return line
    .replace(/([[{])\s+/g, '$1')
    .replace(/\s+([\]}])/g, '$1')
    .replace(/\s+#/, ' #')
    .trimEnd();
}

/** Does the author pad flow collections opened with `open` (`{ a: 1 }` rather than `{a: 1}`)? */
function padsFlow(source: string, open: '{' | '['): boolean {
  const esc = `\\${open}`;
  const padded = (source.match(new RegExp(`${esc} [^\\s\\]}]`, 'g')) ?? []).length;
  const tight = (source.match(new RegExp(`${esc}[^\\s\\]}]`, 'g')) ?? []).length;
  return padded > tight;
}

/**
 * A changed document written back the way its author wrote it: every line that did not change
 * is the author's line (`[ a ]` or `[a]`, aligned comments); a changed line pads flow
 * collections as the author mostly does. The diff then shows only the change.
 */
function writeLikeAuthor(source: string, doc: Document): string {
  const original = new Map<string, string>();
  for (const line of source.split('\n')) if (!original.has(normalised(line))) original.set(normalised(line), line);
  const tight = doc.toString(STRINGIFY).split('\n');
  const padded = doc.toString({ ...STRINGIFY, flowCollectionPadding: true }).split('\n');
  const braces = padsFlow(source, '{');
  const brackets = padsFlow(source, '[');
  return tight
    .map((line, i) => {
      const kept = original.get(normalised(line));
      if (kept !== undefined) return kept;
      const pad = line.includes('{') ? braces : line.includes('[') ? brackets : false;
      return pad ? (padded[i] ?? line) : line;
    })
    .join('\n');
}

function dataOf(doc: Document): unknown {
  if (doc.errors.length) return null;
  try {
    return doc.toJS();
  } catch {
    return null;
  }
}

/**
 * Every document of a file, in order. A document that is empty, only comments, or not valid
 * YAML has `value: null`: operators leave it alone and it is written back as it was.
 */
function splitFile(file: string, text: string): WorkDoc[] {
  const parsed = parseAllDocuments(text);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((doc, index) => {
    const start = index === 0 ? 0 : doc.range[0];
    const end = index + 1 < parsed.length ? parsed[index + 1].range[0] : text.length;
    return { ref: { file, index }, text: text.slice(start, end), doc, value: dataOf(doc) };
  });
}

export function buildWorkspace(files: string[], texts: Record<string, string>): Workspace {
  return { files, texts, docs: files.flatMap((file) => splitFile(file, texts[file] ?? '')) };
}

export function docsOf(ws: Workspace, file: string): WorkDoc[] {
  return ws.docs.filter((d) => d.ref.file === file);
}

function sameRef(a: DocRef, b: DocRef): boolean {
  return a.file === b.file && a.index === b.index;
}

/** A copy of a document (fresh tree, same text), to edit without touching the original. */
interface Draft {
  source: WorkDoc;
  doc: Document | null;
  changed: boolean;
}

/** A new node for `value`, in the style of the node it replaces (flow stays flow; comments stay). */
function nodeLike(doc: Document, old: unknown, value: unknown) {
  const node = doc.createNode(value);
  if (isCollection(old) && isCollection(node)) node.flow = old.flow;
  if (isNode(old)) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
  }
  return node;
}

function applyEdit(draft: Draft, edit: Edit): void {
  const doc = draft.doc;
  if (!doc) return;
  draft.changed = true;
  switch (edit.op) {
    case 'set':
      doc.setIn(edit.path, nodeLike(doc, doc.getIn(edit.path, true), edit.value));
      return;
    case 'delete':
      doc.deleteIn(edit.path);
      return;
    case 'insert': {
      const seq = doc.getIn(edit.path, true);
      if (!isSeq(seq)) return void doc.setIn(edit.path, doc.createNode([edit.value]));
      const at = edit.at < 0 ? seq.items.length : edit.at;
      seq.items.splice(at, 0, doc.createNode(edit.value) as never);
      return;
    }
    case 'move': {
      const seq = doc.getIn(edit.path, true);
      if (!isSeq(seq)) return;
      const [item] = seq.items.splice(edit.from, 1);
      seq.items.splice(edit.to, 0, item);
      return;
    }
    case 'deleteDoc':
      draft.doc = null;
      return;
    default:
      return;
  }
}

function serialise(draft: Draft, first: boolean): string {
  if (!draft.changed) return withSeparator(draft.source.text, first);
  if (!draft.doc) return '';
  if (!first && draft.doc.directives) draft.doc.directives.docStart = true;
  return withSeparator(writeLikeAuthor(draft.source.text, draft.doc), first);
}

/** Documents after the first need a `---` separator; every chunk ends with a newline. */
function withSeparator(text: string, first: boolean): string {
  let out = text.endsWith('\n') ? text : `${text}\n`;
  if (!first && !/^(\s*#[^\n]*\n)*---/.test(out)) out = `---\n${out}`;
  if (first && out.startsWith('---\n')) out = out.slice(4);
  return out;
}

function fileText(ws: Workspace, file: string, drafts: Draft[], added: unknown[]): string {
  const mine = drafts.filter((d) => d.source.ref.file === file);
  if (!mine.some((d) => d.changed) && added.length === 0) return ws.texts[file] ?? '';
  const parts: string[] = [];
  for (const draft of mine) {
    const text = serialise(draft, parts.length === 0);
    if (text) parts.push(text);
  }
  for (const value of added) parts.push(withSeparator(newDocText(value), parts.length === 0));
  return parts.join('');
}

function newDocText(value: unknown): string {
  return new Document(value).toString(STRINGIFY);
}

/** Apply a spec's edits to the solution; null when the result does not change any object. */
export function applySpec(ws: Workspace, spec: MutationSpec): Mutation | null {
  const drafts: Draft[] = ws.docs.map((source) => ({ source, doc: null, changed: false }));
  const added: Record<string, unknown[]> = {};
  for (const edit of spec.edits) {
    if (edit.op === 'addDoc') {
      (added[edit.file] ??= []).push(edit.value);
      continue;
    }
    const draft = drafts.find((d) => sameRef(d.source.ref, edit.doc));
    if (!draft || draft.source.value === null) continue;
    if (!draft.doc && !draft.changed) draft.doc = draft.source.doc.clone();
    applyEdit(draft, edit);
  }
  const changedData = drafts.some((d) => d.changed && (!d.doc || !deepEqual(d.doc.toJS(), d.source.value))) || Object.keys(added).length > 0;
  if (!changedData) return null;
  const files = Object.fromEntries(ws.files.map((f) => [f, fileText(ws, f, drafts, added[f] ?? [])]));
  return { id: spec.id, description: spec.description, files, diff: diffFiles(ws.texts, files) };
}

/** A unified diff of every file that differs. */
export function diffFiles(before: Record<string, string>, after: Record<string, string>): string {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((name) => (before[name] ?? '') !== (after[name] ?? ''))
    .map((name) =>
      createTwoFilesPatch(`solution/${name}`, `mutant/${name}`, before[name] ?? '', after[name] ?? '', '', '', { context: 2 })
        .split('\n')
        .filter((line) => !line.startsWith('===='))
        .join('\n')
        .trimEnd(),
    )
    .join('\n');
}
