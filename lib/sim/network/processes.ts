/**
 * Commands run inside a container (`kubectl exec`, `kubectl run -- ...`): the network tools,
 * `sh -c`, and a few read-only basics (hostname, cat of the ServiceAccount token files, env).
 * SIMPLIFICATION(k8s): every image has these tools (busybox-like); files other than the
 * token mount do not exist.
 */
import type { Cluster, PodInfo } from '../types';
import { base64url, hexFrom } from '../support/hash';
import { runCurl, runNc, runNslookup, runWget, type NetContext, type ProcessResult } from './netTools';
import { parseShellLine } from '../shell/shellWords';

export interface ProcessContext extends NetContext {
  cluster: Cluster;
  pod: PodInfo;
  /** The ServiceAccount token is mounted. */
  token: boolean;
}

const TOKEN_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** A JWT-shaped ServiceAccount token (header and claims real-looking, signature fake). */
export function serviceAccountToken(pod: PodInfo): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', kid: hexFrom('kid', 43) }));
  const claims = base64url(JSON.stringify({
    aud: ['https://kubernetes.default.svc.cluster.local'], exp: 1704071407, iat: 1704067800, iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: pod.namespace, pod: { name: pod.name }, serviceaccount: { name: pod.serviceAccountName } },
    nbf: 1704067800, sub: `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName}`,
  }));
  return `${header}.${claims}.${base64url(hexFrom(`sig:${pod.namespace}/${pod.name}`, 64))}`;
}

function runCat(ctx: ProcessContext, args: string[]): ProcessResult {
  const out: string[] = [];
  for (const file of args.filter((a) => !a.startsWith('-'))) {
    const path = file.replace(/\/+$/, '');
    if (ctx.token && path === `${TOKEN_DIR}/token`) out.push(serviceAccountToken(ctx.pod));
    else if (ctx.token && path === `${TOKEN_DIR}/namespace`) out.push(ctx.pod.namespace);
    else if (ctx.token && path === `${TOKEN_DIR}/ca.crt`) out.push('-----BEGIN CERTIFICATE-----', hexFrom('ca', 64), '-----END CERTIFICATE-----');
    else return { out: [...out, `cat: can't open '${file}': No such file or directory`], exitCode: 1 };
  }
  return { out, exitCode: 0 };
}

function runLs(ctx: ProcessContext, args: string[]): ProcessResult {
  const path = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/\/+$/, '') || '/';
  if (ctx.token && path === TOKEN_DIR) return { out: ['ca.crt', 'namespace', 'token'], exitCode: 0 };
  if (path === '/') return { out: ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'], exitCode: 0 };
  return { out: [`ls: ${path}: No such file or directory`], exitCode: 1 };
}

function runShell(ctx: ProcessContext, args: string[], depth: number): ProcessResult {
  const c = args.indexOf('-c');
  if (c < 0 || c + 1 >= args.length) return { out: [], exitCode: 0 };
  const parsed = parseShellLine(args[c + 1]);
  if (parsed.error) return { out: [`sh: ${parsed.error.replace(/^bash: /, '')}`], exitCode: 2 };
  const out: string[] = [];
  let exitCode = 0;
  for (const { op, pipeline } of parsed.lists) {
    if ((op === '&&' && exitCode !== 0) || (op === '||' && exitCode === 0)) continue;
    const result = runProcess(ctx, pipeline[pipeline.length - 1], depth + 1);
    out.push(...result.out);
    exitCode = result.exitCode;
  }
  return { out, exitCode };
}

/** Run argv in the container; unknown programs fail like the container runtime says. */
export function runProcess(ctx: ProcessContext, argv: string[], depth = 0): ProcessResult {
  if (argv.length === 0 || depth > 5) return { out: [], exitCode: 0 };
  const program = argv[0].split('/').pop() ?? argv[0];
  const args = argv.slice(1);
  switch (program) {
    case 'curl': return runCurl(ctx, args);
    case 'wget': return runWget(ctx, args);
    case 'nc': case 'netcat': case 'ncat': return runNc(ctx, args);
    case 'nslookup': return runNslookup(ctx, args);
    case 'sh': case 'bash': case 'ash': return runShell(ctx, args, depth);
    case 'cat': return runCat(ctx, args);
    case 'ls': return runLs(ctx, args);
    case 'hostname': return { out: [ctx.pod.name], exitCode: 0 };
    case 'whoami': return { out: ['root'], exitCode: 0 };
    case 'id': return { out: ['uid=0(root) gid=0(root) groups=0(root),10(wheel)'], exitCode: 0 };
    case 'echo': return { out: [args.filter((a) => a !== '-n').join(' ')], exitCode: 0 };
    case 'env': case 'printenv': return { out: [`HOSTNAME=${ctx.pod.name}`, 'KUBERNETES_SERVICE_HOST=10.96.0.1', 'KUBERNETES_SERVICE_PORT=443', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/root'], exitCode: 0 };
    case 'true': case 'sleep': return { out: [], exitCode: 0 };
    case 'false': return { out: [], exitCode: 1 };
    default: return { out: [`OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown`], exitCode: 126 };
  }
}
