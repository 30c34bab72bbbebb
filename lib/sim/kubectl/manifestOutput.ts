/**
 * `-o yaml|json|name` on `kubectl create <type>` and `kubectl run`: kubectl prints the object
 * instead of `<kind>/<name> created` (pkg/cmd/create/create_*.go PrintObj). With
 * `--dry-run=client` nothing reaches the server, so the object is the classic generated manifest:
 * what the generator builds, with the zero values its Go types print (`resources: {}`,
 * `status: {}`, `strategy: {}`; `creationTimestamp: null` before 1.34, when ObjectMeta's
 * creationTimestamp became `omitzero`), and a namespace only when `-n` was given
 * (o.EnforceNamespace). Otherwise it is the object the server returned.
 */
import type { KubeObject } from '../types';
import { toGoJson, toGoYaml } from '../support/goText';
import { cloneJson, rec } from '../apiserver/objectData';
import { serverView } from '../apiserver/serverView';
import type { Env } from './types';

/** First minor whose kubectl no longer prints `creationTimestamp: null`. */
export const OMIT_NULL_CREATION_MINOR = 34;

export function isObjectOutput(output: string | undefined): output is 'yaml' | 'json' | 'name' {
  return output === 'yaml' || output === 'json' || output === 'name';
}

function zeroMeta(meta: Record<string, unknown>, minor: number): Record<string, unknown> {
  return minor < OMIT_NULL_CREATION_MINOR ? { ...meta, creationTimestamp: null } : meta;
}

function podSpecZeros(spec: Record<string, unknown>): Record<string, unknown> {
  const containers = Array.isArray(spec.containers) ? spec.containers.map((c) => ({ ...rec(c), resources: rec(rec(c).resources) })) : [];
  return { ...spec, containers };
}

/** The generated object as kubectl prints it without asking the server. */
export function classicManifest(env: Env, object: KubeObject): KubeObject {
  const minor = env.cluster.serverVersion.minor;
  const out = cloneJson(object);
  const meta = { ...out.metadata };
  if (!env.namespaceExplicit) delete meta.namespace;
  out.metadata = zeroMeta(meta, minor) as KubeObject['metadata'];
  const spec = rec(out.spec);
  if (out.kind === 'Pod') {
    out.spec = { ...podSpecZeros(spec), dnsPolicy: 'ClusterFirst', restartPolicy: spec.restartPolicy ?? 'Always' };
    out.status = {};
  } else if (out.kind === 'Deployment') {
    const template = rec(spec.template);
    out.spec = { ...spec, strategy: {}, template: { ...template, metadata: zeroMeta(rec(template.metadata), minor), spec: podSpecZeros(rec(template.spec)) } };
    out.status = {};
  } else if (out.kind === 'Namespace') {
    out.spec = {};
    out.status = {};
  }
  return out;
}

/** The lines kubectl prints for `-o <output>` of one object. */
export function objectOutput(env: Env, object: KubeObject, output: 'yaml' | 'json' | 'name', kindPrefix: string, fromServer: boolean): string[] {
  if (output === 'name') return [`${kindPrefix}/${String(object.metadata.name)}`];
  const value = fromServer ? serverView(env.cluster, object) : object;
  if (output === 'json') return toGoJson(value).split('\n');
  return toGoYaml(JSON.parse(toGoJson(value)))
    .replace(/\n$/, '')
    .split('\n');
}
