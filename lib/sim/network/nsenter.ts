/**
 * `nsenter -t 1 -m [-u -i -n -p] -- CMD` inside a container: the classic escape from a
 * privileged pod that shares the host's PID namespace. Entering another process's mount
 * namespace needs CAP_SYS_ADMIN (privileged), and PID 1 is the node's init only with
 * `hostPID: true`; otherwise PID 1 is the container's own first process.
 * Upstream: util-linux nsenter(1), setns(2); why Pod Security baseline forbids both:
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ (Privileged Containers,
 * Host Namespaces).
 */
import { arr, containersOf, rec } from '../apiserver/objectData';
import { noteLine, stderr } from '../streams';
import { msg } from '../messages';
import type { ProcessResult } from './netTools';
import type { ProcessContext } from './processes';

const NS_FLAGS = new Set([
  '-m',
  '--mount',
  '-u',
  '--uts',
  '-i',
  '--ipc',
  '-n',
  '--net',
  '-p',
  '--pid',
  '-U',
  '--user',
  '-a',
  '--all',
  '-r',
  '--root',
  '-w',
  '--wd',
  '-F',
  '--no-fork',
]);

interface NsenterArgs {
  target?: string;
  mount: boolean;
  command: string[];
  unknown?: string;
}

function parse(args: string[]): NsenterArgs {
  const out: NsenterArgs = { mount: false, command: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.command = args.slice(i + 1);
      return out;
    }
    if (a === '-t' || a === '--target') {
      out.target = args[++i];
      continue;
    }
    if (a.startsWith('--target=')) {
      out.target = a.slice(9);
      continue;
    }
    if (/^-t\d+$/.test(a)) {
      out.target = a.slice(2);
      continue;
    }
    if (NS_FLAGS.has(a)) {
      if (a === '-m' || a === '--mount' || a === '-a' || a === '--all') out.mount = true;
      continue;
    }
    if (/^-[muinpUarwF]+$/.test(a)) {
      if (/[ma]/.test(a)) out.mount = true;
      continue;
    }
    if (a.startsWith('-')) {
      out.unknown = a;
      return out;
    }
    out.command = args.slice(i);
    return out;
  }
  return out;
}

/** The command nsenter runs (what follows its options). */
export function nsenterCommand(args: string[]): string[] {
  return parse(args).command;
}

function privileged(ctx: ProcessContext): boolean {
  return containersOf(ctx.pod.object.spec).some(
    (c) => rec(c.securityContext).privileged === true || arr(rec(rec(c.securityContext).capabilities).add).includes('SYS_ADMIN'),
  );
}

/** Run nsenter; `run` runs the command in the chosen context. */
export function runNsenter(ctx: ProcessContext, args: string[], run: (inner: ProcessContext) => ProcessResult): ProcessResult {
  const parsed = parse(args);
  if (parsed.unknown) return { out: stderr([`nsenter: unrecognized option '${parsed.unknown}'`, "Try 'nsenter --help' for more information."]), exitCode: 1 };
  if (parsed.target === undefined) return { out: stderr(['nsenter: neither filename nor target pid supplied for ns/mnt']), exitCode: 1 };
  const hostPid = rec(ctx.pod.object.spec).hostPID === true;
  if (parsed.target !== '1' && !hostPid) return { out: stderr([`nsenter: cannot open /proc/${parsed.target}/ns/mnt: No such file or directory`]), exitCode: 1 };
  if (!privileged(ctx)) return { out: stderr(["nsenter: reassociate to namespace 'ns/mnt' failed: Operation not permitted"]), exitCode: 1 };
  if (parsed.command.length === 0)
    return {
      out: [noteLine('stderr', msg('network.refuse.interactiveNsenter', {}))],
      exitCode: 1,
    };
  // With hostPID, PID 1 is the node's init: its mount namespace is the node's file system.
  return run(parsed.mount && hostPid ? { ...ctx, root: 'node' } : ctx);
}
