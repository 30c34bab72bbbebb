// kubectl get: EndpointSlices, --sort-by and -o custom-columns.
// Upstream: kubernetes/kubernetes pkg/controller/endpointslice (reconciler.go, utils.go),
// pkg/printers/internalversion/printers.go (printEndpointSlice, formatDiscoveryPorts,
// formatDiscoveryEndpoints, listWithMoreString); kubectl pkg/cmd/get/customcolumn.go and
// pkg/cmd/get/sorter.go; https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/
import { describe, expect, it } from 'vitest';
import { runLines, shopSession } from '../shell/helpers';

const run = (...lines: string[]) => runLines(shopSession(), ...lines);

interface Slice {
  apiVersion: string;
  addressType: string;
  metadata: { labels: Record<string, string>; ownerReferences: unknown[]; generateName: string };
  ports: unknown[];
  endpoints: unknown[];
}

describe('get endpointslices', () => {
  it('one slice per Service with a selector, named <service>-xxxxx, with the ready pods and resolved ports', () => {
    const { output, exitCode } = run('kubectl get endpointslices -n shop');
    expect(exitCode).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+ADDRESSTYPE\s+PORTS\s+ENDPOINTS\s+AGE$/);
    expect(lines[1]).toMatch(/^api-[bcdfghjklmnpqrstvwxz2456789]{5}\s+IPv4\s+8080\s+10\.244\.0\.11\s+10m$/);
    expect(lines[2]).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}\s+IPv4\s+80\s+10\.244\.0\.10\s+10m$/);
  });

  it("carries the service-name label, the controller's managed-by label and an owner reference to the Service", () => {
    const { output } = run('kubectl get endpointslices.discovery.k8s.io -n shop -l kubernetes.io/service-name=api -o json');
    const slice = (JSON.parse(output) as { items: Slice[] }).items[0];
    expect(slice.metadata.labels).toEqual({ 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'api' });
    expect(slice.metadata.ownerReferences).toMatchObject([{ apiVersion: 'v1', kind: 'Service', name: 'api', controller: true, blockOwnerDeletion: true }]);
    expect(slice.metadata.generateName).toBe('api-');
    expect([slice.apiVersion, slice.addressType, slice.ports]).toEqual(['discovery.k8s.io/v1', 'IPv4', [{ name: 'http', port: 8080, protocol: 'TCP' }]]);
    expect(slice.endpoints).toEqual([
      {
        addresses: ['10.244.0.11'],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'minikube',
        targetRef: { kind: 'Pod', name: 'api', namespace: 'shop', uid: expect.any(String) },
      },
    ]);
  });

  it("the owner reference is the Service's uid as the server shows it", () => {
    const uid = run('kubectl get svc api -n shop -o jsonpath={.metadata.uid}').output;
    expect(run('kubectl get endpointslices -n shop -l kubernetes.io/service-name=api -o jsonpath={.items[0].metadata.ownerReferences[0].uid}').output).toBe(
      uid,
    );
  });

  it('a Service whose selector picks no ready pod keeps a slice without endpoints (<unset>)', () => {
    const { output } = run(
      'kubectl create -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata: {name: nobody, namespace: shop}\nspec: {selector: {app: ghost}, ports: [{port: 80}]}\nEOF',
      'kubectl get endpointslices -n shop -l kubernetes.io/service-name=nobody --no-headers',
    );
    expect(output).toMatch(/^nobody-\w{5}\s+IPv4\s+<unset>\s+<unset>\s+\d+s$/);
  });

  it("the kubernetes Service's slice points at the API server (minikube)", () => {
    const { output } = runLines(shopSession({ minikube: true }), 'kubectl get endpointslice kubernetes --no-headers');
    expect(output).toMatch(/^kubernetes\s+IPv4\s+8443\s+192\.168\.49\.2\s+10m$/);
  });

  it('is a known type to api-resources and a namespaced list', () => {
    expect(run('kubectl api-resources | grep -c "^endpointslices .*discovery.k8s.io/v1 .*true .*EndpointSlice"').output).toBe('1');
  });
});

describe('--sort-by', () => {
  it('orders by a field of the object as the server returns it (strings, numbers)', () => {
    expect(run('kubectl get pods -n shop --sort-by=.metadata.name -o name').output).toBe('pod/api\npod/web');
    expect(run('kubectl get pods -n shop --sort-by={.status.podIP} -o name').output).toBe('pod/web\npod/api');
    expect(run('kubectl get svc -n shop --sort-by=.spec.clusterIP -o name').output).toBe('service/web\nservice/api');
    expect(run('kubectl get pods -n shop --sort-by=.spec.containers[0].ports[0].containerPort -o name').output).toBe('pod/web\npod/api');
  });

  it('sorts table rows too', () => {
    const { output } = run('kubectl get pods -n shop --sort-by=.spec.containers[0].image');
    expect(output.split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['NAME', 'api', 'web']);
  });

  it("a path no object has is kubectl's error", () => {
    const { output, exitCode } = run('kubectl get pods -n shop --sort-by=.spec.nothing');
    expect(output).toBe('error: couldn\'t find any field with path "{.spec.nothing}" in the list of objects');
    expect(exitCode).toBe(1);
  });
});

describe('-o custom-columns', () => {
  it('prints the columns, <none> for a missing value, several values joined by commas', () => {
    const { output } = run(
      'kubectl get pods -n shop --sort-by=.metadata.name -o custom-columns=NAME:.metadata.name,IP:status.podIP,PORTS:{.spec.containers[*].ports[*].containerPort},SA:.spec.nothing',
    );
    expect(output.split('\n')).toEqual(['NAME   IP            PORTS   SA', 'api    10.244.0.11   8080    <none>', 'web    10.244.0.10   80      <none>']);
  });

  it('maps print as Go does; --no-headers drops the header', () => {
    expect(run('kubectl get pod web -n shop -o custom-columns=LABELS:.metadata.labels --no-headers').output).toBe('map[app:web tier:front]');
  });

  it.each([
    ['custom-columns', 'error: custom-columns format specified but no custom columns given'],
    ['custom-columns=NAME', 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>'],
    ['custom-columns=A:{{x}}', "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"],
  ])("-o %s: kubectl's error", (format, expected) => {
    const { output, exitCode } = run(`kubectl get pods -n shop -o '${format}'`);
    expect(output).toBe(expected);
    expect(exitCode).toBe(1);
  });

  it('-o custom-columns-file is refused, saying what to use instead', () => {
    const { output, exitCode } = run('kubectl get pods -n shop -o custom-columns-file=cols.txt');
    expect(output).toMatch(/^error: custom-columns-file is not simulated in this lab: .*-o custom-columns=NAME:\.metadata\.name/);
    expect(exitCode).toBe(1);
  });
});
