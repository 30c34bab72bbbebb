// Kubernetes named formats CEL library (in the base environment from 1.31):
// staging/src/k8s.io/apiserver/pkg/cel/library/format.go. `format.<name>()` (or
// `format.named(name)`, an optional) gives a format whose `validate(s)` is optional.none() when `s`
// is valid, else the list of error strings of the Go validator it wraps
// (k8s.io/apimachinery/pkg/util/validation/validation.go, api/validate/content; kube-openapi strfmt).
import { Optional, type Environment } from '@marcbachmann/cel-js';
import { parseRequestURI } from './goUrl';
import { utf8Encode } from './utf8';

/** A CEL `kubernetes.NamedFormat` value. */
export class NamedFormat {
  constructor(
    readonly name: string,
    readonly validate: (s: string) => string[],
  ) {}
  celDisplay(): string {
    return this.name;
  }
}

class FormatNamespace {}

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`;
const DNS1035_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QNAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_RE = new RegExp(`^${LABEL_FMT}$`);
const SUBDOMAIN_RE = new RegExp(`^${SUBDOMAIN_FMT}$`);
const DNS1035_RE = new RegExp(`^${DNS1035_FMT}$`);
const QNAME_RE = new RegExp(`^${QNAME_FMT}$`);
const QNAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** validation.RegexError: `msg (e.g. 'a', or 'b', regex used for validation is 'fmt')`. */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join('or ')}regex used for validation is '${fmt}')`;
}

const maxLen = (n: number): string => `must be no more than ${n} characters`;
/** Go's len() counts bytes. */
const byteLength = (s: string): number => utf8Encode(s).length;

export function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (byteLength(v) > 63) errs.push(maxLen(63));
  if (!LABEL_RE.test(v)) {
    errs.push(
      SUBDOMAIN_RE.test(v)
        ? 'must not contain dots'
        : regexError(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            LABEL_FMT,
            'my-name',
            '123-abc',
          ),
    );
  }
  return errs;
}

export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (byteLength(v) > 253) errs.push(maxLen(253));
  if (!SUBDOMAIN_RE.test(v)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        SUBDOMAIN_FMT,
        'example.com',
      ),
    );
  }
  return errs;
}

export function isDNS1035Label(v: string): string[] {
  const errs: string[] = [];
  if (byteLength(v) > 63) errs.push(maxLen(63));
  if (!DNS1035_RE.test(v)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_FMT,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

/** content.IsLabelKey (IsQualifiedName): `[prefix/]name`. */
export function isQualifiedName(v: string): string[] {
  const errs: string[] = [];
  const parts = v.split('/');
  let name = parts[0];
  if (parts.length === 2) {
    name = parts[1];
    if (parts[0] === '') errs.push('prefix part must be non-empty');
    else errs.push(...isDNS1123Subdomain(parts[0]).map((m) => `prefix part ${m}`));
  } else if (parts.length !== 1) {
    return [
      `a qualified name ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (byteLength(name) > 63) errs.push(`name part ${maxLen(63)}`);
  if (!QNAME_RE.test(name)) errs.push(`name part ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** content.IsLabelValue. */
export function isLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (byteLength(v) > 63) errs.push(maxLen(63));
  if (v !== '' && !QNAME_RE.test(v)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        `(${QNAME_FMT})?`,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

/** apimachinery NameIs*(name, prefix=true): a trailing dash is allowed (generateName prefixes). */
const maskTrailingDash = (v: string): string => (v.length > 1 && v.endsWith('-') ? `${v.slice(0, -2)}a` : v);

const UUID_RE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATETIME_TIME_RE = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$/;

/** time.Parse("2006-01-02", s): a real calendar date. */
function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** strfmt IsDateTime: a date, a `t`, then hh:mm:ss[.frac](z|±hh:mm) (case-insensitive). */
function isDateTime(s: string): boolean {
  if (s.length < 4) return false;
  const parts = s.toLowerCase().split('t');
  if (parts.length < 2 || !isDate(parts[0])) return false;
  const m = DATETIME_TIME_RE.exec(parts[1]);
  return m !== null && m[1] <= '23' && m[2] <= '59' && m[3] <= '59';
}

function uriErrors(s: string): string[] {
  try {
    parseRequestURI(s);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

const check =
  (ok: (s: string) => boolean, message: string) =>
  (s: string): string[] =>
    ok(s) ? [] : [message];

export const NAMED_FORMATS: Record<string, NamedFormat> = {
  dns1123Label: new NamedFormat('DNS1123Label', (s) => isDNS1123Label(s)),
  dns1123Subdomain: new NamedFormat('DNS1123Subdomain', (s) => isDNS1123Subdomain(s)),
  dns1035Label: new NamedFormat('DNS1035Label', (s) => isDNS1035Label(s)),
  qualifiedName: new NamedFormat('QualifiedName', isQualifiedName),
  dns1123LabelPrefix: new NamedFormat('DNS1123LabelPrefix', (s) => isDNS1123Label(maskTrailingDash(s))),
  dns1123SubdomainPrefix: new NamedFormat('DNS1123SubdomainPrefix', (s) => isDNS1123Subdomain(maskTrailingDash(s))),
  dns1035LabelPrefix: new NamedFormat('DNS1035LabelPrefix', (s) => isDNS1035Label(maskTrailingDash(s))),
  labelValue: new NamedFormat('LabelValue', isLabelValue),
  uri: new NamedFormat('URI', uriErrors),
  uuid: new NamedFormat(
    'uuid',
    check((s) => UUID_RE.test(s), 'does not match the UUID format'),
  ),
  byte: new NamedFormat(
    'byte',
    check((s) => BASE64_RE.test(s), 'invalid base64'),
  ),
  date: new NamedFormat('date', check(isDate, 'invalid date')),
  datetime: new NamedFormat('datetime', check(isDateTime, 'invalid datetime')),
};

/** Registers `format.<name>()`, `format.named(name)` and `<format>.validate(string)`. */
export function registerFormat(env: Environment): void {
  env.registerType('kubernetes.NamedFormat', NamedFormat);
  env.registerType('FormatNamespace', FormatNamespace);
  env.registerConstant('format', 'FormatNamespace', new FormatNamespace());
  for (const [name, fmt] of Object.entries(NAMED_FORMATS)) {
    env.registerFunction(`FormatNamespace.${name}(): kubernetes.NamedFormat`, () => fmt);
  }
  env.registerFunction('FormatNamespace.named(string): optional<kubernetes.NamedFormat>', (_ns: unknown, name: string) =>
    Object.prototype.hasOwnProperty.call(NAMED_FORMATS, name) ? Optional.of(NAMED_FORMATS[name]) : Optional.none(),
  );
  env.registerFunction('kubernetes.NamedFormat.validate(string): optional<list<string>>', (f: NamedFormat, s: string) => {
    const errors = f.validate(s);
    return errors.length === 0 ? Optional.none() : Optional.of(errors);
  });
}
