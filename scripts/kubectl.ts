// `npm run kubectl -- --world <file.yaml> [--world more.yaml] [--user NAME] <kubectl args>`:
// the lab's simulated kubectl on a world file, for instructors. Files named after -f are read
// from disk. Prints what kubectl would print and exits with its code.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildWorld } from '../lib/sim/world';
import { createShellSession, runShellLine } from '../lib/sim/shell';

const USAGE = `usage: npm run kubectl -- --world <file.yaml> [--world <more.yaml>] [--user NAME] [--group G] <kubectl args>
  e.g. npm run kubectl -- --world lessons/01-rbac/02-global-and-local-roles/exercises/three-pets/world.yaml auth can-i --list --as pochoclo -n depto-a`;

interface Options {
  worlds: string[];
  user?: string;
  groups: string[];
  args: string[];
}

function readOptions(argv: string[]): Options | string {
  const options: Options = { worlds: [], groups: [], args: [] };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--world' || arg === '--user' || arg === '--group') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--world') options.worlds.push(value);
      else if (arg === '--user') options.user = value;
      else options.groups.push(value);
    } else if (arg.startsWith('--world=')) options.worlds.push(arg.slice(8));
    else break;
  }
  options.args = argv.slice(i);
  if (options.args[0] === 'kubectl' || options.args[0] === 'k') options.args = options.args.slice(1);
  return options;
}

function quote(word: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Files given with -f / --filename, read from disk under the name kubectl will ask for. */
function filesFor(args: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  args.forEach((arg, i) => {
    const path =
      arg === '-f' || arg === '--filename'
        ? args[i + 1]
        : arg.startsWith('--filename=')
          ? arg.slice(11)
          : arg.startsWith('-f') && arg.length > 2
            ? arg.slice(2)
            : undefined;
    if (path && existsSync(path)) files[path] = readFileSync(path, 'utf8');
  });
  return files;
}

function main(): number {
  const options = readOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  if (options.args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const missing = options.worlds.find((world) => !existsSync(world));
  if (missing) {
    console.error(`error: the world file "${missing}" does not exist`);
    return 2;
  }
  const built = buildWorld(options.worlds.map((world) => ({ file: basename(world), text: readFileSync(world, 'utf8') })));
  for (const world of options.worlds) {
    for (const d of (built.diagnostics[basename(world)] ?? []).filter((x) => x.severity === 'error'))
      console.error(`${world}:${d.line}:${d.column}: ${d.message}`);
  }
  const objects: unknown[] = built.objects;
  const session = createShellSession({ objects, files: filesFor(options.args), ...(options.user ? { user: options.user, groups: options.groups } : {}) });
  const result = runShellLine(session, `kubectl ${options.args.map(quote).join(' ')}`);
  if (result.output !== '') process.stdout.write(`${result.output}\n`);
  return result.exitCode;
}

process.exit(main());
