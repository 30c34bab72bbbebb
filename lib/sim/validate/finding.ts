import type { Message } from '../messages';
import type { LocalizedText } from '../types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in one object, before it is positioned in the source: the parse layer
 * turns `path` into line/column through the object's source map.
 */
export interface Finding {
  severity: Severity;
  /** Stable kebab-case identifier. */
  code: string;
  /** Object path of the field (`spec.ingress[0].from[1]`); `''` for the whole object. */
  path: string;
  /** A message (rendered at the edge), or both wordings from checks whose words have not moved yet. */
  text: LocalizedText | Message;
  /** Exact position, when it is not the field's source-map entry (e.g. a value inside it). */
  position?: { line: number; column: number; endLine?: number; endColumn?: number };
}

/** Builds a finding. */
export function finding(severity: Severity, code: string, path: string, en: string, es: string): Finding {
  return { severity, code, path, text: { en, es } };
}

/** Builds a finding worded by a message code (lib/i18n/messages). */
export function findingOf(severity: Severity, code: string, path: string, text: Message): Finding {
  return { severity, code, path, text };
}

/** Renders a value for a message: strings in backticks, the rest as YAML would print it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `\`${value.length > 60 ? `${value.slice(0, 57)}...` : value}\``;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `\`${String(value)}\``;
}

/** Spanish counterpart of `show`. */
export function showEs(value: unknown): string {
  if (Array.isArray(value)) return 'una lista';
  if (typeof value === 'object' && value !== null) return 'un mapa';
  return show(value);
}
