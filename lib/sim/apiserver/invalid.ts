/**
 * 422 Invalid as the API server builds it and kubectl prints it.
 * - field.Error (k8s.io/apimachinery pkg/util/validation/field/errors.go): `<field>: <Type>: <value>: <detail>`,
 *   strings quoted as Go's %q, numbers and booleans bare, []string as Go's %#v, anything else as JSON.
 * - apierrors.NewInvalid (apimachinery pkg/api/errors/errors.go): status message
 *   `<Kind[.group]> "<name>" is invalid: <aggregate>` (one error bare, several `[a, b]`, duplicates
 *   dropped), details {group, kind, name, causes}.
 * kubectl prints it from the details (../kubectl/output.ts statusText, after helpers.go checkErr).
 */
import { goQuote } from '../support/goText';
import { status, type Status } from './status';

export type FieldErrorType = 'Invalid value' | 'Required value' | 'Unsupported value' | 'Forbidden' | 'Too long' | 'Duplicate value';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The bad value (Invalid, Unsupported, Duplicate); absent for Required/Forbidden. */
  value?: unknown;
  detail?: string;
}

function shownValue(value: unknown): string {
  if (typeof value === 'string') return goQuote(value);
  // A []string bad value falls to the %#v branch of ErrorBody: `[]string{"a", "b"}`.
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `[]string{${value.map(goQuote).join(', ')}}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? 'null';
}

/** field.Error's ErrorBody: the type, the value where the type carries one, then the detail. */
export function fieldErrorBody(error: FieldError): string {
  const bare = error.type === 'Required value' || error.type === 'Forbidden' || error.type === 'Too long' || error.value === undefined;
  const head = bare ? error.type : `${error.type}: ${shownValue(error.value)}`;
  return error.detail ? `${head}: ${error.detail}` : head;
}

/** field.Error's Error(): `<field>: <body>`. */
export function fieldErrorText(error: FieldError): string {
  return `${error.field}: ${fieldErrorBody(error)}`;
}

/** NewInvalid: the Status the API server answers with (422 Invalid: message, and details with one cause per error). */
export function newInvalid(group: string, kind: string, name: string, errors: readonly FieldError[]): Status {
  const texts = [...new Set(errors.map(fieldErrorText))];
  const qualified = group ? `${kind}.${group}` : kind;
  const aggregate = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  const message = texts.length === 0 ? `${qualified} ${goQuote(name)} is invalid` : `${qualified} ${goQuote(name)} is invalid: ${aggregate}`;
  return status(422, 'Invalid', message, { name, group, kind, causes: errors.map((e) => ({ field: e.field, message: fieldErrorBody(e) })) });
}
