/**
 * `kubectl get --raw PATH`: one GET of a non-resource path, authorized and audited like any
 * request, printed as the server's body. Upstream: kubectl pkg/cmd/get/get.go (raw).
 */
import { apiCall } from '../apiserver/apiServer';
import { nonResourceBody, pathNotFound } from '../apiserver/nonResource';
import { print, printErr, printStatus } from './output';
import type { Env } from './types';

/** Run `kubectl get --raw`; `extra` are positional arguments (not allowed with --raw). */
export function runRawGet(env: Env, rawPath: string, extra: string[]): number {
  if (extra.length > 0) {
    printErr(env, 'error: arguments may not be passed when --raw is specified');
    return 1;
  }
  if (!rawPath.startsWith('/')) {
    printErr(env, `error: --raw must be a path, got "${rawPath}"`);
    return 1;
  }
  const path = rawPath.split('?')[0];
  const call = apiCall(env, { verb: 'get', path }, () => {
    const text = nonResourceBody(env.cluster, path);
    return text === undefined ? { status: 404, value: undefined, failure: pathNotFound() } : { status: 200, value: text };
  });
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  if (call.value === undefined) {
    printStatus(env, pathNotFound());
    return 1;
  }
  print(env, call.value);
  return 0;
}
