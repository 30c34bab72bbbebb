// Which CEL libraries a server version declares for new expressions: the base environment adds each
// library at a release (staging/src/k8s.io/apiserver/pkg/cel/environment/base.go: URLs from the start,
// Authz 1.27, IP/CIDR 1.30, Format 1.31, TwoVarComprehensions 1.32), and expressions written now
// compile against the compatibility version, one minor behind the server (DefaultCompatibilityVersion).
import { describe, expect, it } from 'vitest';
import { compileCel } from '../../../../lib/sim/cel';

const compiles = (expression: string, serverMinor: number) => compileCel(expression, 'validation', { serverMinor });

describe('CEL libraries by server version', () => {
  it.each([
    ["isIP('10.0.0.1')", 'isIP', 30],
    ["ip('10.0.0.1').family() == 4", 'ip', 30],
    ["isCIDR('10.0.0.0/8')", 'isCIDR', 30],
    ["cidr('10.0.0.0/8').containsIP('10.0.0.1')", 'cidr', 30],
    ["ip.isCanonical('10.0.0.1')", 'ip', 30],
    ['type(object) == net.IP', 'net', 30],
    ["format.dns1123Label().validate('x').hasValue()", 'format', 31],
    ["format.named('uri').hasValue()", 'format', 31],
    ["authorizer.group('').resource('pods').labelSelector('app=web').check('list').allowed()", 'labelSelector', 31],
    ["authorizer.group('').resource('pods').fieldSelector('spec.nodeName=n1').check('list').allowed()", 'fieldSelector', 31],
    ["object.metadata.labels.all(k, v, v != '')", 'all', 32],
    ['object.spec.containers.transformList(i, c, c.name).size() > 0', 'transformList', 32],
    ["object.spec.containers.all(c, image(c.image).registry() == 'registry.k8s.io')", 'image', 33],
    ['object.spec.containers.all(c, isImage(c.image))', 'isImage', 33],
    ["semver('1.2.3').isLessThan(semver('1.10.0'))", 'semver', 33],
    ["isSemver('v1.2', true)", 'isSemver', 33],
  ])('%s: undeclared (%s) on the release that added it (1.%i), declared on the next', (expression, name, added) => {
    const before = compiles(expression, added);
    expect(before.ok).toBe(false);
    if (!before.ok) {
      expect(before.diagnostic.code).toBe('cel-type');
      expect(before.diagnostic.message).toContain(`undeclared reference to '${name}'`);
    }
    expect(compiles(expression, added + 1)).toMatchObject({ ok: true });
    expect(compiles(expression, 37)).toMatchObject({ ok: true });
  });

  it.each([30, 35, 37])('the URL library is declared on every modelled server (1.%i)', (minor) => {
    expect(compiles("isURL('https://example.com') && url('https://example.com').getScheme() == 'https'", minor).ok).toBe(true);
  });

  it.each([30, 35, 37])('the authorizer library (1.27) is declared on every modelled server (1.%i)', (minor) => {
    expect(compiles("authorizer.group('').resource('pods').check('get').allowed()", minor)).toMatchObject({ ok: true });
  });

  it('an iteration variable named ip, format or net is not the library namespace (no gate on 1.30)', () => {
    expect(compiles("object.spec.externalIPs.all(ip, ip.startsWith('10.'))", 30)).toMatchObject({ ok: true });
    expect(compiles('object.items.all(format, format.size() > 0)', 30)).toMatchObject({ ok: true });
    expect(compiles("object.items.all(net, net.IP == 'x')", 30)).toMatchObject({ ok: true });
  });

  it('one-variable comprehensions are not affected by the two-variable gate', () => {
    expect(compiles('object.spec.containers.all(c, c.name != "")', 30).ok).toBe(true);
  });
});
