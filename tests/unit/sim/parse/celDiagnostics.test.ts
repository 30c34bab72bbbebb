// CEL compile errors of admission objects, at the character inside the YAML scalar. The API server
// compiles policy expressions when the object is written (pkg/apis/admissionregistration/validation:
// `compilation failed: ...` makes it Invalid) with the NewExpressions environment at the
// compatibility version, one minor behind the server (staging/src/k8s.io/apiserver/pkg/cel/environment/base.go:
// IP/CIDR 1.30, format 1.31, two-variable comprehensions 1.32, semver 1.33); ext.Bindings
// (`cel.bind`) is not in that environment.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '@/lib/sim';

function policy(validations: string): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
  matchConstraints:
    resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE"]
        resources: ["deployments"]
  validations:
${validations}`;
}

const celOnly = (text: string, serverVersion?: string) => parseManifests(text, { serverVersion }).diagnostics.filter((d) => d.code?.startsWith('cel-'));

describe('positions inside the YAML scalar', () => {
  it('plain scalar: the column of the offending character', () => {
    const [d] = celOnly(policy("    - expression: object.metadata.name.matches('(a')\n"));
    expect(d).toMatchObject({ severity: 'error', line: 13, column: 48, code: 'cel-regex' });
    expect(d.message).toBe('spec.validations[0].expression: Invalid value: compilation failed: error parsing regexp: missing closing ): `(a`');
  });
  it('double-quoted scalar: after the quote', () => {
    const [d] = celOnly(policy(`    - expression: "object.spec.replicas <= 'a' + 1"\n`));
    expect(d).toMatchObject({ line: 13, column: 44, code: 'cel-type' });
  });
  it('single-quoted scalar: doubled quotes count once', () => {
    const [d] = celOnly(policy("    - expression: 'object.metadata.name == ''x'' + 1'\n"));
    expect(d).toMatchObject({ line: 13, column: 44, endColumn: 53 });
  });
  it('block scalar: the line and column inside the block', () => {
    const [d] = celOnly(policy('    - expression: |\n        object.spec.replicas < 5 &&\n          cel.bind(x, 1, x > 0)\n'));
    expect(d).toMatchObject({ line: 15, column: 11, message: expect.stringContaining("undeclared reference to 'cel'") });
  });
  it('a type error in a Kubernetes library call is at the call (isCIDR of an int)', () => {
    const [d] = celOnly(policy('    - expression: object.spec.replicas > 0 && isCIDR(object.spec.replicas + 1)\n'));
    expect(d).toMatchObject({ severity: 'error', line: 13, code: 'cel-type' });
    expect(d.column).toBe(47);
    expect(d.message).toContain('isCIDR');
  });
  it('a misused two-variable comprehension is at the offending argument', () => {
    const [d] = celOnly(policy("    - expression: object.metadata.labels.all(k, k, k != '')\n"));
    expect(d).toMatchObject({ severity: 'error', line: 13, column: 49, code: 'cel-syntax' });
    expect(d.message).toContain('duplicate variable name: k');
  });
  it('a valid policy has no CEL diagnostics', () => {
    expect(celOnly(policy('    - expression: object.spec.replicas <= 5\n'))).toEqual([]);
  });
});

describe('the environment by server version', () => {
  const at = (expression: string, version: string) => celOnly(policy(`    - expression: ${expression}\n`), version)[0];
  it.each([
    ["isIP('10.0.0.1')", '1.30', '1.31'],
    ['format.dns1123Label().validate(object.metadata.name).hasValue()', '1.31', '1.32'],
    ['object.metadata.labels.all(k, v, v != "")', '1.32', '1.33'],
    ["isSemver('1.2.3')", '1.33', '1.34'],
  ])('%s: undeclared on %s, declared on %s', (expression, before, from) => {
    expect(at(expression, before)).toMatchObject({ severity: 'error', message: expect.stringContaining('undeclared reference to') });
    const later = at(expression, from);
    // Declared from then on, and evaluated.
    expect(later).toBeUndefined();
  });
  it('cel.bind is undeclared on every version', () => {
    for (const v of ['1.30', '1.35', '1.37']) expect(at('cel.bind(x, 1, x > 0)', v)).toMatchObject({ severity: 'error', code: 'cel-type' });
  });
});
