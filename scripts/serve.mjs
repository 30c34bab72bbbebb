#!/usr/bin/env node
// Serve the static export in out/ with gzip (the `serve` package). PORT overrides 3000.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const port = process.env.PORT || '3000';
const host = process.env.HOST || 'localhost';
if (!existsSync('out/index.html')) {
  console.error('✖ out/ has no build. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const bin = require.resolve('serve/build/main.js');
const child = spawn(process.execPath, [bin, 'out', '--listen', `tcp://${host}:${port}`, '--no-clipboard', '--no-port-switching', '--config', '../serve.json'], { stdio: ['ignore', 'pipe', 'inherit'] });
let announced = false;
child.stdout.on('data', (chunk) => {
  if (!announced) {
    announced = true;
    console.log(`\n  Kubernetes Security Lab is running at http://${host}:${port}/\n  (Ctrl-C to stop)\n`);
  }
  if (process.env.SERVE_VERBOSE) process.stdout.write(chunk);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
