// The Kubernetes semver CEL library, version 1 (K8s 1.33+): staging/src/k8s.io/apiserver/pkg/cel/library/semverlib.go.
// Cases: its doc comment (Apache-2.0, The Kubernetes Authors) and blang/semver v4 Parse / Compare rules.
import { describe, expect, it } from 'vitest';
import { errorOf, value } from './helpers';

describe('semver library (library/semverlib.go)', () => {
  it.each([
    ["isSemver('1.0.0')", true],
    ["isSemver('hello')", false],
    ["isSemver('v1.0')", false],
    ["isSemver('v1.0', true)", true],
    ["isSemver('1.02.3')", false],
    ["isSemver('1.02.3', true)", true],
    ["isSemver('1.0.0-alpha.1+build.5')", true],
    ["isSemver('1.0.0-01')", false],
    ["isSemver('1.0.0+')", false],
    ["isSemver('1.0-alpha', true)", false],
    ["semver('1.2.3').major()", 1],
    ["semver('1.2.3').minor()", 2],
    ["semver('1.2.3').patch()", 3],
    ["semver('v1.2', true).patch()", 0],
    ["semver('1.2.3').compareTo(semver('1.2.3'))", 0],
    ["semver('1.2.3').compareTo(semver('2.0.0'))", -1],
    ["semver('1.2.3').compareTo(semver('0.1.2'))", 1],
    ["semver('1.10.0').isGreaterThan(semver('1.9.0'))", true],
    ["'1.10.0' > '1.9.0'", false],
    ["semver('1.0.0-alpha').isLessThan(semver('1.0.0'))", true],
    ["semver('1.0.0-alpha').isLessThan(semver('1.0.0-alpha.1'))", true],
    ["semver('1.0.0-2').isLessThan(semver('1.0.0-10'))", true],
    ["semver('1.0.0-10').isLessThan(semver('1.0.0-alpha'))", true],
    ["semver('1.0.0+a') == semver('1.0.0+b')", true],
    ["semver('1.0.0') == semver('1.0.1')", false],
  ])('%s is %j', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each([
    ["semver('1.2')", 'No Major.Minor.Patch elements found'],
    ["semver('01.2.3')", 'Major number must not contain leading zeroes "01"'],
    ["semver('1.x.3')", 'Invalid character(s) found in minor number "x"'],
    ["semver('')", 'Version string empty'],
  ])('%s fails: %s', (expression, message) => {
    expect(errorOf(expression)).toBe(message);
  });
});
