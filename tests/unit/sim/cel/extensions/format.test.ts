// The Kubernetes named formats CEL library (K8s 1.31+): staging/src/k8s.io/apiserver/pkg/cel/library/format.go.
// Messages are those of k8s.io/apimachinery/pkg/util/validation (IsDNS1123Label ...), copied as data
// (Apache-2.0, The Kubernetes Authors).
import { describe, expect, it } from 'vitest';
import { value } from './helpers';

const LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_ERR =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('format library (library/format.go)', () => {
  it.each([
    ["format.dns1123Label().validate('my-label-name')", null],
    ["format.dns1123Subdomain().validate('apiextensions.k8s.io')", null],
    ["format.dns1035Label().validate('my-label-name')", null],
    ["format.qualifiedName().validate('apiextensions.k8s.io/v1beta1')", null],
    ["format.dns1123LabelPrefix().validate('my-label-prefix-')", null],
    ["format.dns1123SubdomainPrefix().validate('mysubdomain.prefix.-')", null],
    ["format.dns1035LabelPrefix().validate('my-label-prefix-')", null],
    ["format.uri().validate('http://example.com')", null],
    ["format.uuid().validate('123e4567-e89b-12d3-a456-426614174000')", null],
    ["format.byte().validate('aGVsbG8=')", null],
    ["format.date().validate('2021-01-01')", null],
    ["format.datetime().validate('2021-01-01T00:00:00Z')", null],
    ["format.labelValue().validate('')", null],
  ])('%s is optional.none()', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
    expect(value(`${expression}.hasValue()`)).toBe(false);
  });

  it.each([
    ["format.dns1123Label().validate('My_Name')", [LABEL_ERR]],
    ["format.dns1123Label().validate('a.b')", ['must not contain dots']],
    ["format.dns1123Label().validate('" + 'a'.repeat(64) + "')", ['must be no more than 63 characters']],
    ["format.dns1035Label().validate('1abc')", [DNS1035_ERR]],
    ["format.dns1123LabelPrefix().validate('-')", [LABEL_ERR]],
    ["format.qualifiedName().validate('/name')", ['prefix part must be non-empty']],
    ["format.uuid().validate('not-a-uuid')", ['does not match the UUID format']],
    ["format.byte().validate('%%%')", ['invalid base64']],
    ["format.date().validate('2021-02-29')", ['invalid date']],
    ["format.datetime().validate('2021-01-01 00:00:00')", ['invalid datetime']],
    ["format.uri().validate('../x')", ['parse "../x": invalid URI for request']],
  ])('%s lists the errors', (expression, expected) => {
    expect(value(`${expression}.value()`)).toEqual(expected);
  });

  it('format.named finds formats by name and is none for unknown names', () => {
    expect(value("format.named('dns1123Label').hasValue()")).toBe(true);
    expect(value("format.named('dns1123label').hasValue()")).toBe(false);
    expect(value("format.named('labelValue').value().validate('-x').hasValue()")).toBe(true);
  });

  it('works in a messageExpression the way the upstream doc shows', () => {
    expect(value("format.dns1123Label().validate('a.b').value().join('\\n')")).toBe('must not contain dots');
  });
});
