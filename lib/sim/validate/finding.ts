import { msg, type Message } from '../messages';
import type { ApiFieldError } from '../types';

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
  /** What is wrong, as a message (rendered in the learner's language at the edge). */
  text: Message;
  /** Exact position, when it is not the field's source-map entry (e.g. a value inside it). */
  position?: { line: number; column: number; endLine?: number; endColumn?: number };
  /** The API server's field.Error for the same problem (kubectl apply prints it). */
  api?: ApiFieldError;
}

/** Builds a finding worded by a message code (lib/i18n/messages). */
export function finding(severity: Severity, code: string, path: string, text: Message): Finding {
  return { severity, code, path, text };
}

/** A value as a message quotes it: strings (cut at 60 characters) and scalars in backticks, otherwise its YAML shape. */
export function show(value: unknown): Message {
  if (typeof value === 'string') return msg('validate.value.code', { text: value.length > 60 ? `${value.slice(0, 57)}...` : value });
  if (value === null || value === undefined) return msg('validate.value.null', {});
  if (Array.isArray(value)) return msg('validate.value.list', {});
  if (typeof value === 'object') return msg('validate.value.mapping', {});
  return msg('validate.value.code', { text: String(value) });
}

/** The finding with the API server's field.Error for it (what kubectl prints on apply). */
export function withApi(f: Finding, api: ApiFieldError): Finding {
  return { ...f, api };
}
