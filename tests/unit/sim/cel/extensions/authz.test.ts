// The authorizer CEL library: staging/src/k8s.io/apiserver/pkg/cel/library/authz.go (builders, the
// attributes a check sends, error strings) and library/cost.go (a check costs 350,000).
import { describe, expect, it } from 'vitest';
import { evaluateCel, type CelAuthzRequest } from '../../../../../lib/sim/cel';

function withAuthorizer(answer: (r: CelAuthzRequest) => { decision: 'allow' | 'noOpinion' | 'deny'; reason: string; error?: string }) {
  const asked: CelAuthzRequest[] = [];
  const authorizer = {
    user: 'alice',
    groups: ['dev', 'system:authenticated'],
    authorize: (r: CelAuthzRequest) => (asked.push(r), answer(r)),
    requestResource: { group: 'apps', resource: 'deployments', subresource: 'scale', namespace: 'team-a', name: 'web' },
  };
  const run = (expression: string) => evaluateCel(expression, { authorizer }, 'variable');
  return { asked, run };
}

describe('authorizer library (library/authz.go)', () => {
  it('a resource check sends the built attributes, version "*", for the requesting user', () => {
    const { asked, run } = withAuthorizer(() => ({ decision: 'allow', reason: 'RBAC: allowed by x' }));
    expect(run("authorizer.group('apps').resource('deployments').subresource('scale').namespace('team-a').name('web').check('update').allowed()")).toEqual({
      ok: true,
      value: true,
    });
    expect(asked[0]).toEqual({
      user: 'alice',
      groups: ['dev', 'system:authenticated'],
      resourceAttributes: { verb: 'update', group: 'apps', version: '*', resource: 'deployments', subresource: 'scale', namespace: 'team-a', name: 'web' },
    });
  });

  it('empty subresource, namespace and name are unset; the core group is ""', () => {
    const { asked, run } = withAuthorizer(() => ({ decision: 'noOpinion', reason: '' }));
    expect(run("authorizer.group('').resource('pods').namespace('').name('').check('list').allowed()")).toEqual({ ok: true, value: false });
    expect(asked[0].resourceAttributes).toEqual({ verb: 'list', group: '', version: '*', resource: 'pods' });
  });

  it('a path check sends non-resource attributes', () => {
    const { asked, run } = withAuthorizer(() => ({ decision: 'allow', reason: '' }));
    expect(run("authorizer.path('/healthz').check('get').allowed()")).toEqual({ ok: true, value: true });
    expect(asked[0].nonResourceAttributes).toEqual({ verb: 'get', path: '/healthz' });
  });

  it("authorizer.requestResource is the request's resource", () => {
    const { asked, run } = withAuthorizer(() => ({ decision: 'noOpinion', reason: 'RBAC: no' }));
    expect(run("authorizer.requestResource.check('patch').reason()")).toEqual({ ok: true, value: 'RBAC: no' });
    expect(asked[0].resourceAttributes).toMatchObject({
      group: 'apps',
      resource: 'deployments',
      subresource: 'scale',
      namespace: 'team-a',
      name: 'web',
      verb: 'patch',
    });
  });

  it('serviceAccount(ns, name) checks as system:serviceaccount:ns:name with the service account groups', () => {
    const { asked, run } = withAuthorizer(() => ({ decision: 'allow', reason: '' }));
    run("authorizer.serviceAccount('team-a', 'ci').group('').resource('secrets').check('get').allowed()");
    expect(asked[0]).toMatchObject({ user: 'system:serviceaccount:team-a:ci', groups: ['system:serviceaccounts', 'system:serviceaccounts:team-a'] });
  });

  it.each([
    ["authorizer.path('')", 'path must not be empty'],
    ["authorizer.path('  ')", 'path must not be empty'],
    ["authorizer.group('apps').resource('')", 'resource must not be empty'],
    ["authorizer.serviceAccount('not@a#valid!namespace', 'validname')", 'Invalid service account namespace'],
    ["authorizer.serviceAccount('default', 'invalid@*name')", 'Invalid service account name'],
  ])('%s fails: %s', (expression, message) => {
    const { run } = withAuthorizer(() => ({ decision: 'allow', reason: '' }));
    expect(run(expression)).toMatchObject({ ok: false, error: { message } });
  });

  it('errored() and error() report an authorizer failure; allowed() is false then', () => {
    const { run } = withAuthorizer(() => ({ decision: 'noOpinion', reason: '', error: 'webhook authorizer timed out' }));
    expect(run("authorizer.group('').resource('pods').check('get').errored()")).toEqual({ ok: true, value: true });
    expect(run("authorizer.group('').resource('pods').check('get').error()")).toEqual({ ok: true, value: 'webhook authorizer timed out' });
    expect(run("authorizer.group('').resource('pods').check('get').allowed()")).toEqual({ ok: true, value: false });
  });

  it('without a requester (no admission request) every check errors instead of allowing', () => {
    const r = evaluateCel("authorizer.group('').resource('pods').check('get').allowed()", {}, 'variable');
    expect(r).toEqual({ ok: true, value: false });
    expect(evaluateCel("authorizer.group('').resource('pods').check('get').errored()", {}, 'variable')).toEqual({ ok: true, value: true });
  });

  it('authorizer values display as plain text (no internals leak into results)', () => {
    const { run } = withAuthorizer(() => ({ decision: 'allow', reason: '' }));
    expect(run("authorizer.group('apps').resource('deployments').namespace('a')")).toEqual({ ok: true, value: 'ResourceCheck(apps, deployments, , a, )' });
    expect(run('authorizer')).toEqual({ ok: true, value: 'Authorizer(alice)' });
    expect(run("authorizer.path('/x').check('get')")).toEqual({ ok: true, value: 'allow' });
  });

  it('two checks fit in the per-call limit, three do not (350,000 each)', () => {
    const { run } = withAuthorizer(() => ({ decision: 'allow', reason: '' }));
    const check = "authorizer.group('').resource('pods').check('get').allowed()";
    expect(run(`${check} && ${check}`)).toEqual({ ok: true, value: true });
    expect(run(`${check} && ${check} && ${check}`)).toMatchObject({ ok: false, error: { code: 'cel-cost-limit' } });
  });
});
