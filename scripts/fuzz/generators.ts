// Generated hostile inputs, one per index: deterministic from (seed, index), so a failure found
// at index i is reproduced by `npm run fuzz -- --seed S --from i --runs 1`.
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import type { Corpus } from './corpus';

export type FuzzInput =
  | { kind: 'shell'; line: string; carry: boolean }
  | { kind: 'manifests'; text: string }
  | { kind: 'lab'; exercise: number; files: Record<string, string> }
  | { kind: 'link'; encoded: string }
  | { kind: 'progress'; value: unknown; stored: string };

const ODD = [
  '\u00a0',
  '\ufeff',
  '\f',
  '\v',
  '\u2028',
  '\u3000',
  '\u200b',
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\u0000',
  '\r',
  '\\',
  '"',
  "'",
  '$(x)',
  '`',
  '*',
  '{{',
  '}}',
  '&&',
  '||',
  '|',
  ';',
];
const PROTO = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'toJSON'];
const KUBE = [
  'kubectl',
  'k',
  'get',
  'describe',
  'apply',
  'create',
  'delete',
  'label',
  'auth',
  'can-i',
  'whoami',
  'exec',
  'run',
  'logs',
  'config',
  'explain',
  'api-resources',
  'pods',
  'po',
  'svc',
  'deploy',
  'sts',
  'roles',
  'rolebindings',
  'clusterroles',
  'netpol',
  'secrets',
  'cm',
  'sa',
  'ns',
  'nodes',
  'events',
  'all',
  '--all',
  '-n',
  '-A',
  '-o',
  'yaml',
  'json',
  'wide',
  'name',
  'jsonpath={.items[*].metadata.name}',
  '-l',
  'app=web',
  '--as',
  'alice',
  '--as-group',
  'system:masters',
  '-f',
  'x.yaml',
  '--',
  'wget',
  'curl',
  'nc',
  'sh',
  '-c',
  'grep',
  'jq',
  '.',
  'head',
  'tail',
  'wc',
  'echo',
  'history',
  'help',
  'clear',
  'cat',
  'ls',
  'role',
  'rolebinding',
  '--verb=get',
  '--resource=pods',
  '--image=nginx',
  '--dry-run=client',
  '--overwrite',
  'x-',
  'a=b',
  'default',
  'kube-system',
];

const weird = fc.oneof(
  fc.constantFrom(...ODD, ...PROTO),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.nat({ max: 3000 }).map((n) => 'n'.repeat(n)),
);
const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KUBE) },
  { weight: 2, arbitrary: weird },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KUBE), weird).map(([a, b]) => a + b) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '\u00a0', '\t', ' | ', ' && ', '; ', '\u3000');

const shellLine = fc
  .tuple(fc.array(fc.tuple(word, separator), { maxLength: 14 }), fc.boolean())
  .map(([parts, carry]) => ({ kind: 'shell' as const, line: parts.map(([w, s]) => w + s).join(''), carry }));

const KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Service',
  'NetworkPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ServiceAccount',
  'Namespace',
  'Secret',
  'ConfigMap',
  'Policy',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'Node',
];
const KEYS = [
  'name',
  'namespace',
  'labels',
  'spec',
  'containers',
  'image',
  'ports',
  'protocol',
  'port',
  'replicas',
  'selector',
  'matchLabels',
  'rules',
  'verbs',
  'resources',
  'apiGroups',
  'subjects',
  'roleRef',
  'kind',
  'ingress',
  'egress',
  'from',
  'to',
  'podSelector',
  'namespaceSelector',
  'securityContext',
  'template',
  'metadata',
  'annotations',
  'validations',
  'expression',
  ...PROTO,
];
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...ODD, ...PROTO, 'TCP', 'UDP', '*', 'ALL', '1e9', '99999999999'),
);
const junkObject = fc.record(
  {
    apiVersion: fc.constantFrom(
      'v1',
      'apps/v1',
      'rbac.authorization.k8s.io/v1',
      'networking.k8s.io/v1',
      'audit.k8s.io/v1',
      'admissionregistration.k8s.io/v1',
      'x',
    ),
    kind: fc.constantFrom(...KINDS),
    metadata: fc.record(
      { name: scalar, namespace: scalar, labels: fc.dictionary(fc.constantFrom(...KEYS, 'app'), scalar, { maxKeys: 3 }) },
      { requiredKeys: [] },
    ),
    spec: fc.anything({ key: fc.constantFrom(...KEYS), values: [scalar], maxDepth: 5 }),
  },
  { requiredKeys: ['kind'] },
);
const manifests = fc
  .oneof(
    fc.array(junkObject, { maxLength: 6 }).map((docs) =>
      docs
        .map((d) => {
          try {
            return dump(d, { skipInvalid: true });
          } catch {
            return '';
          }
        })
        .join('---\n'),
    ),
    fc.string({ unit: 'binary', maxLength: 400 }),
  )
  .map((text) => ({ kind: 'manifests' as const, text }));

/** One edit of a real text: a value replaced, a line dropped or doubled, junk inserted, or cut short. */
function mutate(text: string, op: number, at: number, junk: string): string {
  const lines = text.split('\n');
  const i = at % Math.max(1, lines.length);
  switch (op) {
    case 0:
      lines[i] = lines[i].replace(/:\s.*$/, `: ${junk}`);
      return lines.join('\n');
    case 1:
      lines.splice(i, 1);
      return lines.join('\n');
    case 2:
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    case 3:
      return text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1));
    case 4:
      lines[i] = lines[i].replace(/\d+/, junk.length > 0 ? '1000' : '99999999');
      return lines.join('\n');
    default:
      return text.slice(0, at % (text.length + 1));
  }
}
const junkValue = fc.oneof(
  fc.constantFrom(
    ...ODD.map((o) => JSON.stringify(o)),
    ...PROTO.map((p) => `{${p}: x}`),
    '{toString: 1}',
    '[]',
    '{}',
    '*a',
    '&a x',
    '!!binary AAAA',
    '~',
    '"\\u001b[2J"',
  ),
  fc.string({ maxLength: 10 }),
);
const mutation = fc.tuple(fc.nat({ max: 5 }), fc.nat(), junkValue);

const mutatedText = (corpus: Corpus) =>
  fc
    .tuple(fc.nat({ max: corpus.texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([n, ops]) => ({ kind: 'manifests' as const, text: ops.reduce((t, [op, at, junk]) => mutate(t, op, at, junk), corpus.texts[n]) }));

const lab = (corpus: Corpus) =>
  fc.tuple(fc.nat({ max: corpus.exercises.length - 1 }), fc.boolean(), fc.array(mutation, { maxLength: 3 })).map(([n, useSolution, ops]) => {
    const exercise = corpus.exercises[n];
    const base = useSolution ? exercise.solution : exercise.start;
    const files = Object.fromEntries(Object.entries(base).map(([f, t]) => [f, ops.reduce((text, [op, at, junk]) => mutate(text, op, at, junk), t)]));
    return { kind: 'lab' as const, exercise: n, files };
  });

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bombs = new Map<number, string>();
/** `mb` megabytes of zeros, deflated (a few kB): made once per size. */
function zipBomb(mb: number): string {
  if (!bombs.has(mb)) bombs.set(mb, b64(deflateRawSync(Buffer.alloc(mb * 1024 * 1024))));
  return bombs.get(mb)!;
}
const link = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), maxLength: 300 }),
    fc.uint8Array({ maxLength: 200 }).map(b64),
    fc.tuple(fc.anything({ maxDepth: 3 }), fc.nat()).map(([value, cut]) => {
      const encoded = b64(
        deflateRawSync(Buffer.from(JSON.stringify({ text: typeof value === 'string' ? value : (JSON.stringify(value) ?? ''), tab: value }) ?? 'null')),
      );
      return cut % 3 === 0 ? encoded.slice(0, cut % (encoded.length + 1)) : encoded;
    }),
    fc.constantFrom(1, 8, 64).map(zipBomb),
  )
  .map((encoded) => ({ kind: 'link' as const, encoded }));

const exerciseEntry = fc.record(
  {
    files: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
    passedGoals: fc.oneof(fc.array(fc.string()), fc.anything()),
    completed: fc.anything(),
    hintsShown: fc.oneof(fc.nat(), fc.anything()),
    updatedAt: fc.anything(),
  },
  { requiredKeys: [] },
);
const progress = fc
  .tuple(
    fc.oneof(
      fc.record(
        {
          format: fc.constantFrom('k8s-security-lab-progress', 'x'),
          version: fc.oneof(fc.constantFrom(1, 2, 0, -1), fc.anything()),
          exercises: fc.oneof(fc.dictionary(fc.constantFrom(...PROTO, 'a/b/c', ''), exerciseEntry), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ withNullPrototype: true, withBoxedValues: true, key: fc.constantFrom(...PROTO, 'format', 'version', 'exercises') }),
    ),
    fc.oneof(
      fc.json(),
      fc.string(),
      exerciseEntry.map((e) => JSON.stringify({ v: 2, ...e })),
    ),
  )
  .map(([value, stored]) => ({ kind: 'progress' as const, value, stored }));

/** The mix: mostly the cheap entry points, some real lessons run through their checks. */
export function inputArbitrary(corpus: Corpus): fc.Arbitrary<FuzzInput> {
  return fc.oneof(
    { weight: 35, arbitrary: shellLine },
    { weight: 15, arbitrary: manifests },
    { weight: 15, arbitrary: mutatedText(corpus) },
    { weight: 2, arbitrary: lab(corpus) },
    { weight: 13, arbitrary: link },
    { weight: 20, arbitrary: progress },
  );
}

export function inputAt(arbitrary: fc.Arbitrary<FuzzInput>, seed: number, index: number): FuzzInput {
  return fc.sample(arbitrary, { seed: (seed + index * 2654435761) | 0, numRuns: 1 })[0];
}
