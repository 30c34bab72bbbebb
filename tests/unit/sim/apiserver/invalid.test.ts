// 422 Invalid as kubectl prints it. Upstream: apimachinery pkg/api/errors/errors.go (NewInvalid),
// pkg/util/validation/field/errors.go (ErrorBody), pkg/util/validation/validation.go and
// pkg/api/validate/content/kube.go (IsDNS1123Label/Subdomain, IsDNS1035Label, IsLabelKey,
// IsLabelValue, RegexError), pkg/api/validation/objectmeta.go (ValidateObjectMetaAccessor);
// kubectl pkg/cmd/util/helpers.go (checkErr, MultilineError, statusCausesToAggrError);
// kubectl pkg/cmd/label/label.go (parseLabels); pod-security-admission admission.go (invalidResponse).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { statusText } from '../../../../lib/sim/kubectl/output';
import { fieldErrorText, newInvalid } from '../../../../lib/sim/apiserver/invalid';
import { dns1123Label, labelKey, labelValue } from '../../../../lib/sim/apiserver/objectMetaErrors';

const LABEL_RULE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_RULE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function run(...lines: string[]) {
  let session = createShellSession({ files: { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Team_A\n' } });
  let last = { output: '', exitCode: 0 };
  for (const line of lines) {
    const r = runShellLine(session, line);
    session = r.session;
    last = { output: r.output, exitCode: r.exitCode };
  }
  return { ...last, session };
}

describe('field errors and NewInvalid', () => {
  it('renders values as Go does (%q strings, bare numbers) and drops duplicate causes', () => {
    expect(fieldErrorText({ type: 'Invalid value', field: 'spec.replicas', value: -1, detail: 'must be greater than or equal to 0' })).toBe(
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(fieldErrorText({ type: 'Required value', field: 'metadata.name', detail: 'name or generateName is required' })).toBe(
      'metadata.name: Required value: name or generateName is required',
    );
    const one = { type: 'Invalid value' as const, field: 'metadata.name', value: 'A"b', detail: 'bad' };
    const invalid = newInvalid('apps', 'Deployment', 'A"b', [one, one]);
    expect(invalid).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(invalid.message).toBe('Deployment.apps "A\\"b" is invalid: metadata.name: Invalid value: "A\\"b": bad');
    expect(statusText(invalid)).toBe('The Deployment "A\\"b" is invalid: metadata.name: Invalid value: "A\\"b": bad');
    const two = newInvalid('', 'Pod', 'x', [one, { ...one, field: 'metadata.namespace' }]);
    expect(two.message).toBe('Pod "x" is invalid: [metadata.name: Invalid value: "A\\"b": bad, metadata.namespace: Invalid value: "A\\"b": bad]');
    expect(statusText(two).split('\n')).toEqual([
      'The Pod "x" is invalid: ',
      '* metadata.name: Invalid value: "A\\"b": bad',
      '* metadata.namespace: Invalid value: "A\\"b": bad',
    ]);
  });

  it('name and label rules say what apimachinery says', () => {
    expect(dns1123Label('a.b')).toEqual(['must not contain dots']);
    expect(dns1123Label('x'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(dns1123Label('My-Ns')).toEqual([LABEL_RULE]);
    expect(labelKey('example.com/')).toEqual(['name part must be non-empty', expect.stringMatching(/^name part must consist of/)]);
    expect(labelKey('Bad_Prefix/x')).toEqual([expect.stringMatching(/^prefix part a lowercase RFC 1123 subdomain/)]);
    expect(labelKey('a/b/c')[0]).toMatch(
      /^a valid label key must consist of .* with an optional DNS subdomain prefix and '\/' \(e\.g\. 'example\.com\/MyName'\)$/,
    );
    expect(labelValue('ok_value-1.2')).toEqual([]);
    expect(labelValue('-x')[0]).toMatch(/^a valid label must be an empty string or consist of .*\(e\.g\. 'MyValue',  or 'my_value',  or '12345', regex used/);
  });
});

describe("kubectl prints the API server's Invalid", () => {
  it.each([
    ['kubectl create namespace Team-A', `The Namespace "Team-A" is invalid: metadata.name: Invalid value: "Team-A": ${LABEL_RULE}`],
    ['kubectl create ns a.b', 'The Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": must not contain dots'],
    ['kubectl create serviceaccount Robot', `The ServiceAccount "Robot" is invalid: metadata.name: Invalid value: "Robot": ${SUBDOMAIN_RULE}`],
    ['kubectl run Web --image=nginx', `The Pod "Web" is invalid: metadata.name: Invalid value: "Web": ${SUBDOMAIN_RULE}`],
    ['kubectl create role a/b --verb=get --resource=pods', 'The Role "a/b" is invalid: metadata.name: Invalid value: "a/b": may not contain \'/\''],
    ['kubectl apply -f ns.yaml', `The Namespace "Team_A" is invalid: metadata.name: Invalid value: "Team_A": ${LABEL_RULE}`],
  ])('%s', (line, expected) => {
    const result = run(line);
    expect(result.output).toBe(expected);
    expect(result.exitCode).toBe(1);
  });

  it('several causes: the prefix alone, then one "* " line each (a heredoc manifest)', () => {
    const result = run('kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Settings\n  labels:\n    tier: -front\nEOF');
    const lines = result.output.split('\n');
    expect(lines[0]).toBe('The ConfigMap "Settings" is invalid: ');
    expect(lines[1]).toBe(`* metadata.name: Invalid value: "Settings": ${SUBDOMAIN_RULE}`);
    expect(lines[2]).toMatch(/^\* metadata\.labels: Invalid value: "-front": a valid label must be an empty string/);
    expect(lines).toHaveLength(3);
  });

  it('nothing is created and the API server audits a 422', () => {
    const { session } = run('kubectl create ns Bad');
    expect(runShellLine(session, 'kubectl get ns Bad').output).toBe('Error from server (NotFound): namespaces "Bad" not found');
  });

  it("an invalid Pod Security level on a namespace is PodSecurity's Invalid, one cause per label", () => {
    expect(run('kubectl label ns default pod-security.kubernetes.io/enforce=strict').output).toBe(
      'The Namespace "default" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
    );
    const two = run('kubectl label ns default pod-security.kubernetes.io/enforce=strict pod-security.kubernetes.io/warn=loud').output.split('\n');
    expect(two[0]).toBe('The Namespace "default" is invalid: ');
    expect(two.slice(1)).toEqual([
      '* metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
      '* metadata.labels[pod-security.kubernetes.io/warn]: Invalid value: "loud": must be one of privileged, baseline, restricted',
    ]);
  });

  it('kubectl label checks values itself and leaves keys to the server', () => {
    expect(run('kubectl label ns default tier=-x').output).toMatch(
      /^error: invalid label value: "tier=-x": a valid label must be an empty string .*regex used for validation is '\(\(\[A-Za-z0-9\]\[-A-Za-z0-9_\.\]\*\)\?\[A-Za-z0-9\]\)\?'\)$/,
    );
    expect(run('kubectl label ns default a=b=c').output).toBe('error: invalid label spec: a=b=c');
    expect(run('kubectl label ns default "bad key=x"').output).toMatch(
      /^The Namespace "default" is invalid: metadata\.labels: Invalid value: "bad key": name part must consist of/,
    );
  });

  it('valid names, labels and bindings still go through', () => {
    const result = run('kubectl create rolebinding rb --clusterrole=view --user=ana', 'kubectl get rolebinding rb -o name');
    expect(result.output).toBe('rolebinding.rbac.authorization.k8s.io/rb');
  });
});
