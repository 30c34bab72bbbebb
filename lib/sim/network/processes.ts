/**
 * Commands run inside a container (`kubectl exec`, `kubectl run -- ...`): the network tools,
 * `sh -c`, `nsenter`, and a few read-only basics (hostname, env, cat and ls of the files the
 * container sees: containerFiles.ts).
 * SIMPLIFICATION(k8s): every image has these tools (busybox-like); files other than the
 * token mount, Secret/ConfigMap/projected/hostPath volumes and /etc/hostname do not exist.
 */
import type { Cluster, PodInfo } from '../types';
import { containerFiles, listDir, nodeFiles, type Files } from './containerFiles';
import { nsenterCommand, runNsenter } from './nsenter';
import { runCurl, runNc, runNslookup, runWget, type NetContext, type ProcessResult } from './netTools';
import { parseShellLine } from '../shell/shellWords';
import { stderr, stdout, type OutputLine } from '../streams';

export interface ProcessContext extends NetContext {
  cluster: Cluster;
  pod: PodInfo;
  /** The ServiceAccount token is mounted. */
  token: boolean;
  /** `node`: the process runs in the node's mount namespace (nsenter from a privileged, hostPID pod). */
  root?: 'node';
}

export { serviceAccountToken } from '../apiserver/saToken';

/** The files this process sees: the container's, or the node's after `nsenter -t 1 -m`. */
function filesOf(ctx: ProcessContext): Files {
  return ctx.root === 'node' ? nodeFiles(ctx.cluster, ctx.pod.nodeName) : containerFiles(ctx.cluster, ctx.pod, ctx.token);
}

function runCat(ctx: ProcessContext, args: string[]): ProcessResult {
  const files = filesOf(ctx);
  const out: string[] = [];
  for (const file of args.filter((a) => !a.startsWith('-'))) {
    const text = files.get(file.replace(/\/+$/, ''));
    if (text === undefined) return { out: [...stdout(out), ...stderr(`cat: can't open '${file}': No such file or directory`)], exitCode: 1 };
    out.push(...text.replace(/\n$/, '').split('\n'));
  }
  return { out: stdout(out), exitCode: 0 };
}

const ROOT_DIRS = ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];

function runLs(ctx: ProcessContext, args: string[]): ProcessResult {
  const path = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/\/+$/, '') || '/';
  const files = filesOf(ctx);
  if (files.has(path)) return { out: stdout([path]), exitCode: 0 };
  const names = listDir(files, path);
  if (path === '/') return { out: stdout([...new Set([...ROOT_DIRS, ...(names ?? [])])].sort()), exitCode: 0 };
  if (names) return { out: stdout(names), exitCode: 0 };
  return { out: stderr(`ls: ${path}: No such file or directory`), exitCode: 1 };
}

function runShell(ctx: ProcessContext, args: string[], depth: number): ProcessResult {
  const c = args.indexOf('-c');
  if (c < 0 || c + 1 >= args.length) return { out: [], exitCode: 0 };
  const parsed = parseShellLine(args[c + 1]);
  if (parsed.error) return { out: stderr(`sh: ${parsed.error.replace(/^bash: /, '')}`), exitCode: 2 };
  const out: OutputLine[] = [];
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
    case 'curl':
      return runCurl(ctx, args);
    case 'wget':
      return runWget(ctx, args);
    case 'nc':
    case 'netcat':
    case 'ncat':
      return runNc(ctx, args);
    case 'nslookup':
      return runNslookup(ctx, args);
    case 'sh':
    case 'bash':
    case 'ash':
      return runShell(ctx, args, depth);
    case 'cat':
      return runCat(ctx, args);
    case 'nsenter':
      return runNsenter(ctx, args, (inner) => runProcess(inner, nsenterCommand(args), depth + 1));
    case 'ls':
      return runLs(ctx, args);
    case 'hostname':
      return { out: stdout([ctx.pod.name]), exitCode: 0 };
    case 'whoami':
      return { out: stdout(['root']), exitCode: 0 };
    case 'id':
      return { out: stdout(['uid=0(root) gid=0(root) groups=0(root),10(wheel)']), exitCode: 0 };
    case 'echo':
      return { out: stdout([args.filter((a) => a !== '-n').join(' ')]), exitCode: 0 };
    case 'env':
    case 'printenv':
      return {
        out: stdout([
          `HOSTNAME=${ctx.pod.name}`,
          'KUBERNETES_SERVICE_HOST=10.96.0.1',
          'KUBERNETES_SERVICE_PORT=443',
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'HOME=/root',
        ]),
        exitCode: 0,
      };
    case 'true':
    case 'sleep':
      return { out: [], exitCode: 0 };
    case 'false':
      return { out: [], exitCode: 1 };
    default:
      return {
        out: stderr(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown`),
        exitCode: 126,
      };
  }
}
