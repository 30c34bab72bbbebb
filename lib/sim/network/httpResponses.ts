// What the simulated servers answer over HTTP: nginx's default page, or a small JSON line.
import type { Cluster, PodInfo } from '../types';
import { containerFiles } from './containerFiles';
import { utf8Bytes } from '../support/hash';
import { DEFAULT_SERVER_VERSION, versionInfo, type ServerVersion } from '../version';

/** The page the official nginx image serves at `/` (nginx 1.27 `index.html`). */
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NON_HTTP_PORTS = new Set([22, 53, 2379, 2380, 3306, 5432, 6379, 9042, 11211, 27017]);

function images(pod: PodInfo): string[] {
  const containers = (pod.object.spec as Record<string, unknown> | undefined)?.containers;
  return Array.isArray(containers) ? containers.map((c) => String((c as Record<string, unknown>)?.image ?? '')) : [];
}

/** Does the server on this port speak HTTP? */
export function speaksHttp(pod: PodInfo | undefined, port: number): boolean {
  if (!pod) return !NON_HTTP_PORTS.has(port);
  const named = pod.ports.find((p) => p.containerPort === port)?.name ?? '';
  if (/http|web|metrics|api/.test(named)) return true;
  return !NON_HTTP_PORTS.has(port);
}

/**
 * A file nginx serves from its document root (/usr/share/nginx/html, the official image's
 * default.conf), e.g. a ConfigMap or Secret mounted there; `/` is index.html.
 * https://kubernetes.io/docs/concepts/configuration/configmap/#using-configmaps-as-files-from-a-pod
 */
function nginxFile(cluster: Cluster | undefined, pod: PodInfo, path: string): string | undefined {
  if (!cluster) return undefined;
  const file = path === '/' ? '/index.html' : path.endsWith('/') ? `${path}index.html` : path;
  const text = containerFiles(cluster, pod, false).get(`/usr/share/nginx/html${file}`);
  return text === undefined ? undefined : text.endsWith('\n') ? text : `${text}\n`;
}

/** Body of a GET `path` answered by `pod` (undefined pod: a site outside the cluster). */
export function httpBody(pod: PodInfo | undefined, path: string, host: string, cluster?: Cluster): string {
  if (!pod) return `<html><body><h1>${host}</h1><p>A site outside the cluster.</p></body></html>\n`;
  const served = images(pod).some((image) => /nginx/.test(image)) ? nginxFile(cluster, pod, path) : undefined;
  if (served !== undefined) return served;
  if (images(pod).some((image) => /nginx/.test(image)) && (path === '/' || path === '/index.html')) return NGINX_WELCOME;
  const app = pod.labels.app ?? pod.labels['app.kubernetes.io/name'] ?? pod.name;
  return `{"app":"${app}","pod":"${pod.name}","namespace":"${pod.namespace}","path":"${path}"}\n`;
}

/** Response headers for HEAD requests (`curl -I`, `wget -S --spider`). */
export function httpHeaders(pod: PodInfo | undefined, body: string): string[] {
  const nginx = pod !== undefined && images(pod).some((image) => /nginx/.test(image));
  return [
    'HTTP/1.1 200 OK',
    ...(nginx ? ['Server: nginx/1.27.3'] : []),
    'Date: Mon, 01 Jan 2024 00:10:00 GMT',
    `Content-Type: ${body.startsWith('{') ? 'application/json' : 'text/html'}`,
    `Content-Length: ${utf8Bytes(body).length}`,
    'Connection: keep-alive',
    '',
  ];
}

const PUBLIC_PATHS = new Set(['/healthz', '/livez', '/readyz']);

/** What the API server answers an anonymous HTTP request (no token): public health paths, else 403. */
export function apiServerBody(path: string, version: ServerVersion = DEFAULT_SERVER_VERSION): string {
  if (PUBLIC_PATHS.has(path)) return 'ok\n';
  if (path === '/version') return `${JSON.stringify(versionInfo(version), null, 2)}\n`;
  const status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `forbidden: User "system:anonymous" cannot get path "${path}"`,
    reason: 'Forbidden',
    details: {},
    code: 403,
  };
  return `${JSON.stringify(status, null, 2)}\n`;
}
