// How the kinds' schema validators load: all at once outside the browser; in the page worker per
// kind, named by the world's texts before it is built, and any kind missed there is noted by the
// build (lib/sim/schemas/schemaValidators.ts). A world checked with its kinds loaded late reads
// exactly as one checked with every validator loaded.
import { afterEach, describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim';
import {
  allSchemaValidatorsLoaded,
  forgetSchemaValidators,
  loadSchemaValidators,
  schemaKindsNamed,
  schemaValidator,
  takeMissingSchemaValidators,
} from '../../../../lib/sim/schemas/schemaValidators';
import { kindTable } from '../../../../lib/sim/schemas/validator.generated.js';

const POD = 'io.k8s.api.core.v1.Pod';
const ROLE = 'io.k8s.api.rbac.v1.Role';

// A Pod with a schema error (an unknown field, kubectl's strict validation) and a valid Role.
const TEXT = `apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop }
spec:
  containers:
    - name: web
      image: nginx
      imagePullPolice: Always
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: shop }
rules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]
`;

afterEach(async () => {
  await loadSchemaValidators();
  takeMissingSchemaValidators();
});

describe('schema validators outside the browser', () => {
  it('are every kind loaded with the simulator', () => {
    expect(allSchemaValidatorsLoaded()).toBe(true);
    expect(loadSchemaValidators()).toBeUndefined();
    for (const { definition } of kindTable) expect(typeof schemaValidator(definition)).toBe('function');
    expect(takeMissingSchemaValidators()).toEqual([]);
  });
});

describe('schemaKindsNamed', () => {
  it('names the kinds written in block, flow and quoted style', () => {
    const named = schemaKindsNamed(['kind: Role\n', '{apiVersion: v1, kind: "ServiceAccount"}', "items: [{kind: 'NetworkPolicy'}]"]);
    expect(named.sort()).toEqual(['io.k8s.api.core.v1.ServiceAccount', 'io.k8s.api.networking.v1.NetworkPolicy', ROLE].sort());
  });

  it('matches whole names only (PodSecurity, pods and NetworkPolicy are not Pod or Policy)', () => {
    expect(schemaKindsNamed(['pod-security.kubernetes.io/enforce: PodSecurity pods podSelector'])).toEqual([]);
    expect(schemaKindsNamed(['kind: NetworkPolicy'])).toEqual(['io.k8s.api.networking.v1.NetworkPolicy']);
  });
});

describe('schema validators loaded by group (the page worker)', () => {
  it('a kind not loaded gives no schema finding and is noted; loaded, the text reads as before', async () => {
    const complete = parseManifests(TEXT);
    expect(complete.diagnostics.map((d) => d.code)).toContain('schema-unknown-field');
    forgetSchemaValidators();
    expect(allSchemaValidatorsLoaded()).toBe(false);
    const partial = parseManifests(TEXT);
    expect(partial.diagnostics.map((d) => d.code)).not.toContain('schema-unknown-field');
    const missing = takeMissingSchemaValidators();
    expect(missing.sort()).toEqual([POD, ROLE].sort());
    expect(takeMissingSchemaValidators()).toEqual([]);
    await loadSchemaValidators(missing);
    expect(JSON.stringify(parseManifests(TEXT))).toBe(JSON.stringify(complete));
    expect(takeMissingSchemaValidators()).toEqual([]);
  });

  it('the kinds a text names are the kinds it needs', async () => {
    const complete = JSON.stringify(parseManifests(TEXT));
    forgetSchemaValidators();
    await loadSchemaValidators(schemaKindsNamed([TEXT]));
    expect(JSON.stringify(parseManifests(TEXT))).toBe(complete);
    expect(takeMissingSchemaValidators()).toEqual([]);
    // Loaded by group: a Pod's brings the other workloads', a Role's the core kinds'; not Ingress's.
    expect(typeof schemaValidator('io.k8s.api.apps.v1.Deployment')).toBe('function');
    expect(schemaValidator('io.k8s.api.networking.v1.Ingress')).toBeUndefined();
  });

  it('a kind spelled with escapes is not named, but the build notes it', () => {
    const escaped = 'apiVersion: v1\nkind: "P\\x6fd"\nmetadata: {name: a}\nspec: {containers: [{name: a, image: a, bogus: 1}]}\n';
    forgetSchemaValidators();
    expect(schemaKindsNamed([escaped])).toEqual([]);
    parseManifests(escaped);
    expect(takeMissingSchemaValidators()).toEqual([POD]);
  });
});
