#!/usr/bin/env node
// `npm start`: install dependencies when node_modules is missing, build the static site, serve it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

process.env.NEXT_TELEMETRY_DISABLED = '1';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/next')) {
  console.log('▸ Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
console.log('▸ Building the lab (static export to out/)…');
run('npm', ['run', 'build']);
run('node', ['scripts/serve.mjs']);
