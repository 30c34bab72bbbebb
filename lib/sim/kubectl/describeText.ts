/**
 * Building blocks of `kubectl describe` output (kubectl pkg/describe/describe.go):
 * indentation levels of two spaces, `Labels:`/`Annotations:` blocks, the Events table.
 * Lines keep their tabs; `finishDescribe` aligns them like describe's tabwriter.
 */
import type { KubeObject } from '../types';
import { humanDuration, nowAt } from '../apiserver/clock';
import { createdAt } from '../apiserver/events';
import { rec, str, strMap } from '../apiserver/objectData';
import { DESCRIBE_TABS, formatTabbed } from './tabwriter';
import { appendLines } from './lines';

const MAX_ANNOTATION_LEN = 140;
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** Indentation for a describe level (LEVEL_0 = '', LEVEL_1 = two spaces...). */
export function level(n: number): string {
  return '  '.repeat(n);
}

/** `Labels:\ta=b` then `\tc=d` lines (printLabelsMultiline). */
export function labelLines(title: string, labels: unknown, indent = ''): string[] {
  const map = strMap(labels);
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return [`${indent}${title}:\t<none>`];
  return keys.map((key, i) => `${i === 0 ? `${indent}${title}:` : indent}\t${key}=${map[key]}`);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}...`;
}

/** `Annotations:\tkey: value` lines (printAnnotationsMultiline; last-applied is skipped). */
export function annotationLines(annotations: unknown): string[] {
  const map = strMap(annotations);
  const keys = Object.keys(map)
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) return ['Annotations:\t<none>'];
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const lead = i === 0 ? 'Annotations:\t' : '\t';
    const value = map[key].replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      lines.push(`${lead}${key}:`);
      for (const part of value.split('\n')) lines.push(`\t  ${shorten(part, MAX_ANNOTATION_LEN - 2)}`);
    } else lines.push(`${lead}${key}: ${value}`);
  });
  return lines;
}

/** Name, optional Namespace, Labels and Annotations (the head of most describers). */
export function headLines(object: KubeObject, withNamespace: boolean): string[] {
  return [
    `Name:\t${str(object.metadata?.name)}`,
    ...(withNamespace ? [`Namespace:\t${str(object.metadata?.namespace)}`] : []),
    ...labelLines('Labels', object.metadata?.labels),
    ...annotationLines(object.metadata?.annotations),
  ];
}

/** The Events section (DescribeEvents): a table, or `Events:\t<none>`. Returned as separate flush. */
export function eventLines(events: readonly KubeObject[], tick: number): string[] {
  if (events.length === 0) return ['Events:\t<none>'];
  const rows = events.map(
    (e) =>
      `${level(1)}${str(e.type, 'Normal')}\t${str(e.reason)}\t${humanDuration(nowAt(tick) - createdAt(e))}\t${str(rec(e.source).component)}\t${str(e.message).trim()}`,
  );
  return ['\f', 'Events:', `${level(1)}Type\tReason\tAge\tFrom\tMessage`, `${level(1)}----\t------\t----\t----\t-------`, ...rows];
}

/** Align describe lines; a `\f` line flushes (starts a new alignment, like w.Flush()). */
export function finishDescribe(lines: readonly string[]): string[] {
  const out: string[] = [];
  let chunk: string[] = [];
  for (const line of lines) {
    if (line === '\f') {
      appendLines(out, formatTabbed(chunk, DESCRIBE_TABS));
      chunk = [];
      continue;
    }
    chunk.push(line);
  }
  appendLines(out, formatTabbed(chunk, DESCRIBE_TABS));
  return out;
}
