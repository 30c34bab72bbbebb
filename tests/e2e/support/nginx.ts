import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 3127);
const ROOT = resolve(__dirname, '../../..');
/** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/**
 * deploy/nginx/nginx.conf pointed at this checkout: out/ as the root, this build's headers,
 * 127.0.0.1:NGINX_PORT, pid and temp paths in a temporary prefix. Everything else as deployed.
 */
export function localNginxConfig(prefix: string): string {
  return readFileSync(join(ROOT, 'deploy/nginx/nginx.conf'), 'utf8')
    .replace('root /usr/share/nginx/html;', `root ${join(ROOT, 'out')};`)
    .replaceAll('include /etc/nginx/k8s-lab/headers.conf;', `include ${join(ROOT, '.build/nginx-headers.conf')};`)
    .replaceAll('include /etc/nginx/k8s-lab/headers-embed.conf;', `include ${join(ROOT, '.build/nginx-headers-embed.conf')};`)
    .replace('listen 8080;', `listen 127.0.0.1:${NGINX_PORT};`)
    .replace('pid /tmp/nginx.pid;', `pid ${prefix}/nginx.pid;`)
    .replace(/\/tmp\/(client_body|proxy|fastcgi|uwsgi|scgi)/g, `${prefix}/$1`)
    .replace('error_log /dev/stderr warn;', `error_log ${prefix}/error.log warn;`)
    .replace('access_log /dev/stdout;', 'access_log off;');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

/** Start Debian's nginx on the export (as CI installs it: .ci/run); resolves once it listens. */
export async function startNginx(): Promise<{ stop: () => void }> {
  const prefix = mkdtempSync(join(tmpdir(), 'k8s-lab-nginx-'));
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, localNginxConfig(prefix));
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', config], { encoding: 'utf8' });
  if (check.error || check.status !== 0) throw new Error(`nginx -t failed (install nginx: apt-get install -y nginx): ${check.error?.message ?? check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', config, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100 && !(await portOpen(NGINX_PORT)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    stop: () => {
      child.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
