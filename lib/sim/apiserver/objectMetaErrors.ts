/**
 * The API server's metadata validation on create and update, with its own words, as field
 * errors for a 422 Invalid: ValidateObjectMetaAccessor (apimachinery pkg/api/validation/objectmeta.go):
 * the name by the kind's rule, the namespace (a DNS-1123 label), label keys and values
 * (apimachinery pkg/apis/meta/v1/validation ValidateLabels), annotation keys.
 * Messages: apimachinery pkg/util/validation/validation.go and pkg/api/validate/content (IsDNS1123Label,
 * IsDNS1123Subdomain, IsDNS1035Label, IsLabelKey, IsLabelValue, RegexError with its examples);
 * RBAC names: apimachinery pkg/api/validation/path IsValidPathSegmentName.
 * Go walks label maps in random order; here keys are checked sorted (deterministic).
 */
import { lookupKind } from '../parse/kindRegistry';
import type { KubeObject } from '../types';
import type { FieldError } from './invalid';
import { isRecord } from './objectData';

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`;
const DNS1035_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const VALUE_FMT = `(${KEY_FMT})?`;
const whole = (fmt: string) => new RegExp(`^${fmt}$`);

/** RegexError: `<msg> (e.g. 'a',  or 'b', regex used for validation is '<fmt>')` (the double space is upstream's). */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  const shown = examples.map((e, i) => `${i > 0 ? ' or ' : ''}'${e}', `).join('');
  return `${msg} (e.g. ${shown}regex used for validation is '${fmt}')`;
}

const maxLen = (n: number) => `must be no more than ${n} characters`;

export function dns1123Label(value: string): string[] {
  const errs = value.length > 63 ? [maxLen(63)] : [];
  if (whole(LABEL_FMT).test(value)) return errs;
  if (whole(SUBDOMAIN_FMT).test(value)) return [...errs, 'must not contain dots'];
  return [
    ...errs,
    regexError(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
      LABEL_FMT,
      'my-name',
      '123-abc',
    ),
  ];
}

export function dns1123Subdomain(value: string): string[] {
  const errs = value.length > 253 ? [maxLen(253)] : [];
  if (whole(SUBDOMAIN_FMT).test(value)) return errs;
  return [
    ...errs,
    regexError(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      SUBDOMAIN_FMT,
      'example.com',
    ),
  ];
}

function dns1035Label(value: string): string[] {
  const errs = value.length > 63 ? [maxLen(63)] : [];
  if (whole(DNS1035_FMT).test(value)) return errs;
  return [
    ...errs,
    regexError(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
      DNS1035_FMT,
      'my-name',
      'abc-123',
    ),
  ];
}

function pathSegment(value: string): string[] {
  if (value === '.' || value === '..') return [`may not be '${value}'`];
  return [...(value.includes('/') ? ["may not contain '/'"] : []), ...(value.includes('%') ? ["may not contain '%'"] : [])];
}

const KEY_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** IsLabelKey (IsQualifiedName): an optional DNS-subdomain prefix and `/`, then the name part. */
export function labelKey(value: string): string[] {
  const parts = value.split('/');
  if (parts.length > 2)
    return [
      `a valid label key ${regexError(KEY_MSG, KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  const errs: string[] = [];
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    if (parts[0] === '') errs.push('prefix part must be non-empty');
    else errs.push(...dns1123Subdomain(parts[0]).map((m) => `prefix part ${m}`));
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLen(63)}`);
  if (!whole(KEY_FMT).test(name)) errs.push(`name part ${regexError(KEY_MSG, KEY_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

export function labelValue(value: string): string[] {
  const errs = value.length > 63 ? [maxLen(63)] : [];
  if (whole(VALUE_FMT).test(value)) return errs;
  return [
    ...errs,
    regexError(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      VALUE_FMT,
      'MyValue',
      'my_value',
      '12345',
    ),
  ];
}

/** The name rule of a kind (ValidateXName): Namespace label, Service DNS-1035, RBAC path segment, else subdomain. */
function nameErrors(object: KubeObject, name: string): string[] {
  const rule = lookupKind(String(object.apiVersion), object.kind)?.nameRule;
  if (rule === 'none') return [];
  if (rule === 'dns1123-label' || object.kind === 'Namespace') return dns1123Label(name);
  if (rule === 'dns1035-label') return dns1035Label(name);
  if (rule === 'path-segment') return pathSegment(name);
  // CronJob names leave room for the Job names made from them (batch validation: 52 characters).
  return [...dns1123Subdomain(name), ...(object.kind === 'CronJob' && name.length > 52 ? [maxLen(52)] : [])];
}

function stringMap(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value)
    .map(([k, v]) => [k, typeof v === 'string' ? v : String(v)] as [string, string])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The field errors of an object's metadata, in the API server's order; empty when it is valid. */
export function objectMetaErrors(object: KubeObject, namespaced: boolean): FieldError[] {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const errors: FieldError[] = [];
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  if (name === '') errors.push({ type: 'Required value', field: 'metadata.name', detail: 'name or generateName is required' });
  else for (const detail of nameErrors(object, name)) errors.push({ type: 'Invalid value', field: 'metadata.name', value: name, detail });
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  if (namespaced && namespace !== '')
    for (const detail of dns1123Label(namespace)) errors.push({ type: 'Invalid value', field: 'metadata.namespace', value: namespace, detail });
  for (const [key, value] of stringMap(metadata.labels)) {
    for (const detail of labelKey(key)) errors.push({ type: 'Invalid value', field: 'metadata.labels', value: key, detail });
    for (const detail of labelValue(value)) errors.push({ type: 'Invalid value', field: 'metadata.labels', value, detail });
  }
  for (const [key] of stringMap(metadata.annotations)) {
    for (const detail of labelKey(key.toLowerCase())) errors.push({ type: 'Invalid value', field: 'metadata.annotations', value: key, detail });
  }
  return errors;
}
