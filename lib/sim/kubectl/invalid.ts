/**
 * 422 Invalid as the API server builds it and kubectl prints it.
 * - field.Error (k8s.io/apimachinery pkg/util/validation/field/errors.go): `<field>: <Type>: <value>: <detail>`,
 *   strings quoted as Go's %q, numbers and booleans bare, anything else as JSON.
 * - apierrors.NewInvalid (apimachinery pkg/api/errors/errors.go): status message
 *   `<Kind[.group]> "<name>" is invalid: <aggregate>` (one error bare, several `[a, b]`, duplicates
 *   dropped), details {group, kind, name, causes}.
 * - kubectl's checkErr (kubectl pkg/cmd/util/helpers.go): `The <Kind> "<name>" is invalid: <cause>`
 *   for one cause; for several the prefix alone, then one `* <field>: <message>` line per cause.
 *   The `error when creating "<file>"` AddSourceToErr adds to the message is not printed (the details are).
 */
import { goQuote } from '../rbac/goText';

export type FieldErrorType = 'Invalid value' | 'Required value' | 'Unsupported value' | 'Forbidden' | 'Too long' | 'Duplicate value';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The bad value (Invalid, Unsupported, Duplicate); absent for Required/Forbidden. */
  value?: unknown;
  detail?: string;
}

export interface StatusCause {
  field: string;
  message: string;
}

export interface InvalidDetails {
  group: string;
  kind: string;
  name: string;
  causes: StatusCause[];
}

function shownValue(value: unknown): string {
  if (typeof value === 'string') return goQuote(value);
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

/** NewInvalid: the status message and details the API server answers with (code 422, reason Invalid). */
export function newInvalid(group: string, kind: string, name: string, errors: readonly FieldError[]): { message: string; details: InvalidDetails } {
  const texts = [...new Set(errors.map(fieldErrorText))];
  const qualified = group ? `${kind}.${group}` : kind;
  const aggregate = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return {
    message: texts.length === 0 ? `${qualified} ${goQuote(name)} is invalid` : `${qualified} ${goQuote(name)} is invalid: ${aggregate}`,
    details: { group, kind, name, causes: errors.map((e) => ({ field: e.field, message: fieldErrorBody(e) })) },
  };
}

/** What kubectl prints for a 422 Invalid with details (one line per printed line). */
export function printInvalid(details: InvalidDetails): string[] {
  const prefix = details.kind || details.name ? `The ${details.kind} ${goQuote(details.name)} is invalid` : 'The request is invalid';
  const causes = [...new Set(details.causes.map((c) => `${c.field}: ${c.message}`))];
  if (causes.length === 0) return [prefix];
  if (causes.length === 1) return [`${prefix}: ${causes[0]}`];
  return [`${prefix}: `, ...causes.map((c) => `* ${c}`)];
}
