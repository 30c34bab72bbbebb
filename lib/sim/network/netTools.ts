/**
 * The network tools learners run inside pods (`kubectl exec ... -- curl|wget|nc|nslookup`),
 * answering with what the tool prints: a page, `open`, or the tool's own error for a refused
 * connection, a timeout (a NetworkPolicy drops packets silently) or an unknown name.
 * Texts follow busybox wget/nc/nslookup and curl; usage texts, errors, wget's progress and
 * `nc -v`'s report go to stderr as those tools write them, page bodies to stdout.
 */
import type { Cluster, PodInfo, Protocol } from '../types';
import { connect, resolveHost, type Target } from './network';
import { apiServerBody, httpBody, httpHeaders, speaksHttp } from './httpResponses';
import { utf8Bytes } from '../support/hash';
import { stderr, stdout, type OutputLine } from '../streams';

/** What a process wrote (each line on its stream, in order) and its exit code. */
export interface ProcessResult {
  out: OutputLine[];
  exitCode: number;
}

export interface NetContext {
  cluster: Cluster;
  pod: PodInfo;
  turn: number;
}

interface Url {
  host: string;
  port: number;
  path: string;
  scheme: string;
}

function parseUrl(text: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#\s]+)(?::(\d+))?([^?#\s]*)/.exec(text);
  if (!m) return undefined;
  const scheme = m[1] ?? 'http';
  return { scheme, host: m[2], port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80, path: m[4] || '/' };
}

function endpointText(host: string, target: Target, port: number): string {
  return `${host} (${target.ip}:${port})`;
}

type Attempt =
  | { kind: 'dns'; reason: 'nxdomain' | 'dns-timeout' }
  | { kind: 'timeout'; target: Target }
  | { kind: 'refused'; target: Target }
  | { kind: 'open'; target: Target; pod?: PodInfo; apiServer?: boolean };

function attempt(ctx: NetContext, host: string, port: number, protocol: Protocol): Attempt {
  const resolved = resolveHost(ctx.cluster, ctx.pod, host);
  if (!resolved.ok) return { kind: 'dns', reason: resolved.reason };
  const outcome = connect(ctx.cluster, ctx.pod, resolved.target, port, protocol, ctx.turn);
  if (outcome.result === 'open') return { kind: 'open', target: resolved.target, pod: outcome.pod, apiServer: outcome.apiServer };
  return { kind: outcome.result, target: resolved.target };
}

function optionValue(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name && i + 1 < args.length) return args[i + 1];
      if (name.startsWith('--') && args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
      if (!name.startsWith('--') && args[i].startsWith(name) && args[i].length > name.length && !args[i].startsWith('--')) return args[i].slice(name.length);
    }
  }
  return undefined;
}

/** busybox `wget [-q] [-O FILE] [-T SEC] [--spider] URL`. */
export function runWget(ctx: NetContext, args: string[]): ProcessResult {
  const urlText = args.filter((a, i) => !a.startsWith('-') && !['-O', '-T', '-U', '--timeout'].includes(args[i - 1] ?? '')).pop();
  const url = urlText ? parseUrl(urlText) : undefined;
  if (!url)
    return {
      out: stderr([
        'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.',
        '',
        'Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]',
        '\t[--post-data STR | --post-file FILE] [-Y on/off]',
        '\t[-P DIR] [-U AGENT] [-T SEC] URL...',
      ]),
      exitCode: 1,
    };
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a) && !a.startsWith('--'));
  const output = optionValue(args, ['-O', '--output-document']) ?? (args.some((a) => /^-[a-zA-Z]*O-$/.test(a)) ? '-' : undefined);
  const result = attempt(ctx, url.host, url.port, 'TCP');
  if (result.kind === 'dns') return { out: stderr(`wget: bad address '${url.host}'`), exitCode: 1 };
  const connecting = quiet
    ? []
    : stderr(`Connecting to ${url.host}${urlText?.includes(`:${url.port}`) ? `:${url.port}` : ''} (${result.target.ip}:${url.port})`);
  if (result.kind === 'timeout') return { out: [...connecting, ...stderr('wget: download timed out')], exitCode: 1 };
  if (result.kind === 'refused')
    return { out: [...connecting, ...stderr(`wget: can't connect to remote host (${result.target.ip}): Connection refused`)], exitCode: 1 };
  if (result.apiServer && url.scheme !== 'https')
    return { out: [...connecting, ...stderr('wget: server returned error: HTTP/1.0 400 Bad Request')], exitCode: 1 };
  if (result.apiServer) return { out: [...connecting, ...stderr('wget: server returned error: HTTP/1.1 403 Forbidden')], exitCode: 1 };
  if (!speaksHttp(result.pod, url.port)) return { out: [...connecting, ...stderr('wget: error getting response: Connection reset by peer')], exitCode: 1 };
  const body = httpBody(result.pod, url.path, url.host, ctx.cluster);
  if (args.includes('--spider')) return { out: [...connecting, ...(quiet ? [] : stderr('remote file exists'))], exitCode: 0 };
  const lines = body.replace(/\n$/, '').split('\n');
  const progress = (file: string): string => `${file.padEnd(20)} 100% |********************************|   ${utf8Bytes(body).length}  0:00:00 ETA`;
  if (output === '-')
    return {
      out: quiet ? stdout(lines) : [...connecting, ...stderr('writing to stdout'), ...stdout(lines), ...stderr([progress('-'), 'written to stdout'])],
      exitCode: 0,
    };
  const file = output ?? 'index.html';
  return { out: quiet ? [] : [...connecting, ...stderr([`saving to '${file}'`, progress(file), `'${file}' saved`])], exitCode: 0 };
}

/** `curl [-s] [-I] [-m SEC] [--connect-timeout SEC] [-o FILE] [-w FMT] URL`. */
export function runCurl(ctx: NetContext, args: string[]): ProcessResult {
  const valueFlags = [
    '-m',
    '--max-time',
    '--connect-timeout',
    '-o',
    '--output',
    '-w',
    '--write-out',
    '-H',
    '--header',
    '-X',
    '--request',
    '-d',
    '--data',
    '-A',
    '--user-agent',
  ];
  const urlText = args.filter((a, i) => !a.startsWith('-') && !valueFlags.includes(args[i - 1] ?? '')).pop();
  const url = urlText ? parseUrl(urlText) : undefined;
  if (!url) return { out: stderr("curl: try 'curl --help' or 'curl --manual' for more information"), exitCode: 2 };
  const silent = args.some((a) => /^-[a-zA-Z]*s/.test(a) && !a.startsWith('--')) || args.includes('--silent');
  const showError = args.some((a) => /^-[a-zA-Z]*S/.test(a) && !a.startsWith('--')) || args.includes('--show-error');
  const errorLine = (text: string): OutputLine[] => (silent && !showError ? [] : stderr(text));
  const limit = Number(optionValue(args, ['--connect-timeout', '-m', '--max-time']) ?? '5');
  const result = attempt(ctx, url.host, url.port, 'TCP');
  if (result.kind === 'dns') return { out: errorLine(`curl: (6) Could not resolve host: ${url.host}`), exitCode: 6 };
  if (result.kind === 'timeout')
    return {
      out: errorLine(`curl: (28) Connection timed out after ${Math.round((Number.isFinite(limit) && limit > 0 ? limit : 5) * 1000) + 1} milliseconds`),
      exitCode: 28,
    };
  if (result.kind === 'refused')
    return { out: errorLine(`curl: (7) Failed to connect to ${url.host} port ${url.port} after 2 ms: Couldn't connect to server`), exitCode: 7 };
  if (result.apiServer && url.scheme === 'https' && !args.some((a) => a === '-k' || a === '--insecure' || /^-[a-zA-Z]*k/.test(a))) {
    return { out: errorLine('curl: (60) SSL certificate problem: unable to get local issuer certificate'), exitCode: 60 };
  }
  if (!result.apiServer && !speaksHttp(result.pod, url.port)) return { out: errorLine('curl: (52) Empty reply from server'), exitCode: 52 };
  const body = result.apiServer ? apiServerBody(url.path, ctx.cluster.serverVersion) : httpBody(result.pod, url.path, url.host, ctx.cluster);
  const writeOut = optionValue(args, ['-w', '--write-out']);
  const toFile = optionValue(args, ['-o', '--output']) !== undefined;
  const head = args.includes('-I') || args.includes('--head');
  const out = stdout(head ? httpHeaders(result.pod, body) : toFile ? [] : body.replace(/\n$/, '').split('\n'));
  if (writeOut !== undefined) out.push(...stdout(writeOut.replace(/%\{http_code\}/g, '200').replace(/\\n/g, '\n')));
  return { out, exitCode: 0 };
}

/** busybox `nc [-z] [-v] [-u] [-w SEC] HOST PORT`. */
export function runNc(ctx: NetContext, args: string[]): ProcessResult {
  const positional = args.filter((a, i) => !a.startsWith('-') && !['-w', '-W', '-i', '-s', '-p', '-q'].includes(args[i - 1] ?? ''));
  const [host, portText] = positional;
  const port = Number(portText);
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535)
    return {
      out: stderr([
        'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.',
        '',
        'Usage: nc [OPTIONS] HOST PORT  - connect',
        'nc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen',
      ]),
      exitCode: 1,
    };
  const verbose = args.some((a) => /^-[a-zA-Z]*v/.test(a));
  const udp = args.some((a) => /^-[a-zA-Z]*u/.test(a));
  const result = attempt(ctx, host, port, udp ? 'UDP' : 'TCP');
  if (result.kind === 'dns') return { out: stderr(`nc: bad address '${host}'`), exitCode: 1 };
  const where = endpointText(host, result.target, port);
  if (result.kind === 'timeout') return { out: stderr(`nc: ${where}: Connection timed out`), exitCode: 1 };
  if (result.kind === 'refused') return { out: stderr(`nc: ${where}: Connection refused`), exitCode: 1 };
  return { out: verbose ? stderr(`${where} open`) : [], exitCode: 0 };
}

/** busybox `nslookup NAME`. */
export function runNslookup(ctx: NetContext, args: string[]): ProcessResult {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name)
    return {
      out: stderr(['BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.', '', 'Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]']),
      exitCode: 1,
    };
  const server = ['Server:\t\t10.96.0.10', 'Address:\t10.96.0.10:53', ''];
  const resolved = resolveHost(ctx.cluster, ctx.pod, name);
  if (!resolved.ok)
    return resolved.reason === 'dns-timeout'
      ? { out: [...stderr(';; connection timed out; no servers could be reached'), ...stdout('')], exitCode: 1 }
      : { out: stdout([...server, `** server can't find ${name}: NXDOMAIN`, '']), exitCode: 1 };
  const t = resolved.target;
  const fqdn =
    t.kind === 'service'
      ? `${t.service.name}.${t.service.namespace}.svc.cluster.local`
      : t.kind === 'pod'
        ? `${t.ip.replace(/\./g, '-')}.${t.pod.namespace}.pod.cluster.local`
        : name;
  return { out: stdout([...server, `Name:\t${fqdn}`, `Address: ${t.ip}`, '']), exitCode: 0 };
}
