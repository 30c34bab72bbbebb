// The shell routes lines by the stream a command wrote them to, not by what they say
// (issue 15): text that looks like an error but is data stays on stdout and goes through the
// pipe; errors, warnings and notices go to stderr and skip it, as in bash.
// Upstream: kubectl writes errors/warnings to IOStreams.ErrOut (k8s.io/kubectl/pkg/cmd/util/helpers.go
// CheckErr; client-go rest.WarningHandler), data to IOStreams.Out.
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../../../lib/sim/kubectl';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, SHOP_WORLD, shopSession } from './helpers';

const LOOKALIKES = `
apiVersion: v1
kind: ConfigMap
metadata:
  name: lookalike
  namespace: shop
data:
  server: 'Error from server (NotFound): this is data'
  plain: 'error: also data'
  warn: 'Warning: still data'
`;

function session() {
  return createShellSession({ objects: [...objectsOf(SHOP_WORLD), ...objectsOf(LOOKALIKES)], minikube: false });
}

describe('stdout lines that read like errors stay on stdout', () => {
  const cases: [string, string][] = [
    ["kubectl get cm lookalike -n shop -o jsonpath='{.data.server}' | wc -l", '1'],
    ["kubectl get cm lookalike -n shop -o jsonpath='{.data.plain}' | grep -c data", '1'],
    ["kubectl get cm lookalike -n shop -o jsonpath='{.data.warn}' | grep still", 'Warning: still data'],
    ['kubectl get cm lookalike -n shop -o json | jq -r .data.server', 'Error from server (NotFound): this is data'],
  ];
  it.each(cases)('%s', (line, expected) => {
    const result = runLines(session(), line);
    expect(result.output).toBe(expected);
    expect(result.exitCode).toBe(0);
  });
});

describe('stderr lines skip the pipe', () => {
  it('an API error is shown but not piped', () => {
    const result = runLines(shopSession(), 'kubectl get pods nope -n shop | wc -l');
    expect(result.output).toBe('Error from server (NotFound): pods "nope" not found\n0');
  });

  it('every line of a jq compile error goes to stderr, the program text too', () => {
    const result = runLines(shopSession(), "kubectl get pods -n shop -o json | jq '.items[' | wc -l");
    expect(result.output.split('\n').slice(-1)).toEqual(['0']);
    expect(result.output).toContain('jq: 1 compile error');
  });

  it("wget's progress goes to stderr, the page to stdout", () => {
    const result = runLines(shopSession(), 'kubectl exec web -n shop -- wget -O- -T 2 http://web | grep -c Connecting');
    expect(result.output.split('\n').slice(-1)).toEqual(['0']);
    const page = runLines(shopSession(), 'kubectl exec web -n shop -- wget -O- -T 2 http://web | grep -c nginx');
    expect(Number(page.output.split('\n').slice(-1)[0])).toBeGreaterThan(0);
  });
});

describe('runKubectl says which stream each line went to', () => {
  it('tables on stdout, `No resources found` and errors on stderr', () => {
    const cluster = shopSession().cluster;
    const listed = runKubectl(cluster, 'kubectl get pods -n shop');
    expect(listed.lines.every((l) => l.stream === 'stdout')).toBe(true);
    const empty = runKubectl(cluster, 'kubectl get pods -n default');
    expect(empty.lines).toEqual([{ stream: 'stderr', text: 'No resources found in default namespace.' }]);
    const mixed = runKubectl(cluster, 'kubectl get pods web nope -n shop');
    expect(mixed.lines.map((l) => l.stream)).toEqual(['stdout', 'stdout', 'stderr']);
    expect(mixed.output).toEqual(mixed.lines.map((l) => l.text));
  });
});
