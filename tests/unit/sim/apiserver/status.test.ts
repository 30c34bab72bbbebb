// metav1.Status values as k8s.io/apimachinery pkg/api/errors/errors.go builds them.
import { describe, expect, it } from 'vitest';
import { alreadyExists, forbidden, isNotFound, notFound, toReason } from '../../../../lib/sim/apiserver/status';

describe('Status constructors', () => {
  it('NewNotFound: 404, reason NotFound, the object in the details', () => {
    expect(notFound('deployments.apps', 'web')).toEqual({
      code: 404,
      reason: 'NotFound',
      message: 'deployments.apps "web" not found',
      details: { name: 'web', kind: 'deployments', group: 'apps' },
    });
    expect(notFound('pods', 'x').details).toEqual({ name: 'x', kind: 'pods' });
  });

  it('NewAlreadyExists: 409', () => {
    expect(alreadyExists('pods', 'x')).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'pods "x" already exists' });
  });

  it('NewForbidden: 403 with the given message', () => {
    expect(forbidden('nope')).toEqual({ code: 403, reason: 'Forbidden', message: 'nope' });
  });

  it('IsNotFound compares the reason, not the text', () => {
    expect(isNotFound(forbidden('pods "x" not found (NotFound)'))).toBe(false);
    expect(isNotFound(notFound('pods', 'x'))).toBe(true);
    expect(isNotFound(undefined)).toBe(false);
  });

  it('reasons from outside: known ones kept, anything else is StatusReasonUnknown', () => {
    expect(toReason('Invalid')).toBe('Invalid');
    expect(toReason('MadeUp')).toBe('');
    expect(toReason(42)).toBe('');
  });
});
