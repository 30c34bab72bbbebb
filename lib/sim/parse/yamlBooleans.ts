import { msg } from '../messages';
import type { Finding } from '../validate/finding';
import type { WatchedScalar } from './eventWalker';
import { isRecord, pathSegments, valueAt } from './paths';
import type { SchemaNode } from './schemaNavigator';
import { schemaAt, typesOf } from './schemaNavigator';

/**
 * Where YAML 1.1 and YAML 1.2 read a plain scalar differently. kubectl decodes manifests with
 * sigs.k8s.io/yaml (go-yaml v2, YAML 1.1): unquoted `y`, `yes`, `on`, `n`, `no`, `off` (any of
 * the three usual casings) are booleans. The editor and this parser read YAML 1.2, where
 * they are strings.
 * - In a boolean field, kubectl's reading is the one a cluster would see: the value becomes
 *   the boolean and a warning says to write `true`/`false`.
 * - In a string field (a label value, an env value), kubectl sends a boolean and the API
 *   server rejects the object: a warning says to quote it.
 * Integers beyond 2^53 are also flagged: JavaScript (and this simulator) cannot hold them exactly.
 */
const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** Applies kubectl's YAML 1.1 reading to boolean fields of `object` and returns the warnings. */
export function checkYamlWords(object: Record<string, unknown>, watched: readonly WatchedScalar[], root: SchemaNode | undefined): Finding[] {
  const out: Finding[] = [];
  for (const w of watched) {
    const isTrue = TRUE_WORDS.has(w.text);
    if (isTrue || FALSE_WORDS.has(w.text)) {
      const f = booleanWord(object, w, isTrue, root);
      if (f !== null) out.push(f);
    } else if (/^[-+]?\d+$/.test(w.text) && !Number.isSafeInteger(Number(w.text))) {
      out.push({
        severity: 'warning',
        code: 'number-too-large',
        path: w.path,
        position: w.position,
        text: msg('parse.numberTooLarge', { text: w.text.slice(0, 30) }),
      });
    }
  }
  return out;
}

/**
 * The boolean fields of a KubeletConfiguration (no schema here): the kubelet reads its config
 * file with sigs.k8s.io/yaml too, so `rotateCertificates: yes` is true for it
 * (staging/src/k8s.io/kubelet/config/v1beta1/types.go).
 */
const KUBELET_BOOLEANS = new Set([
  'authentication.anonymous.enabled',
  'authentication.webhook.enabled',
  'rotateCertificates',
  'serverTLSBootstrap',
  'protectKernelDefaults',
  'makeIPTablesUtilChains',
  'enableServer',
  'enableDebuggingHandlers',
  'enableContentionProfiling',
  'enableSystemLogHandler',
  'enableProfilingHandler',
  'enableDebugFlagsHandler',
  'seccompDefault',
  'failSwapOn',
]);

function fieldTypes(object: Record<string, unknown>, path: string, root: SchemaNode | undefined): string[] {
  if (root === undefined && object.kind === 'KubeletConfiguration') return KUBELET_BOOLEANS.has(path) ? ['boolean'] : [];
  return typesOf(schemaAt(root, pathSegments(path)));
}

function booleanWord(object: Record<string, unknown>, w: WatchedScalar, value: boolean, root: SchemaNode | undefined): Finding | null {
  const segments = pathSegments(w.path);
  const types = fieldTypes(object, w.path, root);
  if (types.includes('boolean')) {
    setValue(object, segments, w.text, value);
    return {
      severity: 'warning',
      code: 'yaml-boolean-word',
      path: w.path,
      position: w.position,
      text: msg('parse.yaml.booleanWord', { text: w.text, value }),
    };
  }
  if (!types.includes('string')) return null;
  return {
    severity: 'warning',
    code: 'yaml-boolean-word-string',
    path: w.path,
    position: w.position,
    text: msg('parse.yaml.booleanWordString', { text: w.text, value, path: w.path }),
  };
}

function setValue(object: Record<string, unknown>, segments: ReturnType<typeof pathSegments>, text: string, value: boolean): void {
  const last = segments[segments.length - 1];
  const parent = valueAt(object, segments.slice(0, -1));
  if (typeof last === 'number' && Array.isArray(parent) && parent[last] === text) parent[last] = value;
  else if (typeof last === 'string' && isRecord(parent) && Object.hasOwn(parent, last) && parent[last] === text) parent[last] = value;
}
