// kubectl's text for an API error, from the Status alone
// (k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr, StandardErrorMessage, MultilineError).
import { describe, expect, it } from 'vitest';
import { notFound, status } from '../../../../lib/sim/apiserver/status';
import { statusText } from '../../../../lib/sim/kubectl/output';

describe('statusText', () => {
  it('a known reason: `Error from server (Reason): message`', () => {
    expect(statusText(notFound('deployments.apps', 'web'))).toBe('Error from server (NotFound): deployments.apps "web" not found');
  });

  it('an unknown reason (StatusReasonUnknown): `Error from server: message`', () => {
    expect(statusText(status(500, '', 'webhook said no'))).toBe('Error from server: webhook said no');
  });

  it('Unauthorized: the login hint', () => {
    expect(statusText(status(401, 'Unauthorized', 'Unauthorized'))).toBe('error: You must be logged in to the server (Unauthorized)');
  });

  it('Invalid with one cause: one line from the details, not the message', () => {
    const invalid = status(422, 'Invalid', 'RoleBinding.rbac.authorization.k8s.io "b" is invalid: roleRef: cannot change roleRef', {
      kind: 'RoleBinding',
      name: 'b',
      causes: [{ field: 'roleRef', message: 'cannot change roleRef' }],
    });
    expect(statusText(invalid)).toBe('The RoleBinding "b" is invalid: roleRef: cannot change roleRef');
  });

  it('Invalid with several causes: a bulleted list', () => {
    const invalid = status(422, 'Invalid', 'x', {
      kind: 'Pod',
      name: 'p',
      causes: [
        { field: 'spec.a', message: 'Required value' },
        { field: 'spec.b', message: 'Invalid value' },
      ],
    });
    expect(statusText(invalid)).toBe('The Pod "p" is invalid: \n* spec.a: Required value\n* spec.b: Invalid value');
  });

  it('Invalid without details falls back to the reason text', () => {
    expect(statusText(status(422, 'Invalid', 'bad'))).toBe('Error from server (Invalid): bad');
  });
});
