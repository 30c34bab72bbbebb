/**
 * `kubectl apply -f FILE` and `kubectl create -f FILE`: read the files the terminal knows
 * (the editor's, the lesson's), split the documents, put each object in its namespace and
 * write it. Configuration files the lab treats as the control plane's (an audit Policy) are
 * loaded instead. Upstream: kubectl pkg/cmd/apply/apply.go, pkg/cmd/create/create.go.
 */
import { parseManifests } from '../parse';
import type { KubeObject } from '../types';
import { registryInvalid } from './registryInvalid';
import { flagBool, flagList, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { cloneJson, labelsOf, nameOf, namespaceOf, rec } from '../apiserver/objectData';
import { resourceOfKind } from '../apiserver/resourceTypes';
import { CONFIG_KINDS, putObject, clusterAuditPolicy, removeObjects } from '../apiserver/store';
import type { Env } from './types';
import { usageError } from './usage';
import { writeObject, type WriteMode } from '../apiserver/writeObject';
import { WriteBatch } from '../apiserver/writeBatch';
import { print, printErr, printWrite, statusText } from './output';
import { msg, type Message } from '../messages';
import { status } from '../apiserver/status';

export const APPLY_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'list' },
  { name: 'dry-run', type: 'string' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'server-side', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string' },
];

function loadConfigFile(env: Env, object: KubeObject, source: string): Message {
  const copy = cloneJson(object);
  const isPolicy = copy.kind === 'Policy' && String(copy.apiVersion).startsWith('audit.k8s.io/');
  const name = nameOf(copy) || (isPolicy ? 'audit-policy' : copy.kind.toLowerCase());
  copy.metadata = { ...rec(copy.metadata), name };
  delete copy.metadata.namespace;
  const existed = isPolicy ? clusterAuditPolicy(env.cluster) !== undefined : false;
  env.cluster = putObject(env.cluster, copy);
  if (isPolicy) env.auditPolicy = copy;
  const group = String(copy.apiVersion).split('/')[0];
  const what = isPolicy ? msg('kubectl.loaded.auditPolicy', {}) : msg('kubectl.loaded.configFile', {});
  return msg('kubectl.note.loadedAs', { object: `${copy.kind.toLowerCase()}.${group}/${name}`, action: existed ? 'configured' : 'created', what, source });
}

function placeInNamespace(env: Env, object: KubeObject, source: string): KubeObject | string {
  const info = resourceOfKind(object.kind);
  const copy = cloneJson(object);
  if (!info || !info.namespaced) {
    if (info) delete copy.metadata.namespace;
    return copy;
  }
  const own = namespaceOf(copy);
  if (own && env.namespaceExplicit && own !== env.namespace) {
    return `error: the namespace from the provided object "${own}" does not match the namespace "${env.namespace}". You must pass '--namespace=${own}' to perform this operation.`;
  }
  if (!own) copy.metadata = { ...copy.metadata, namespace: env.namespace };
  if (!nameOf(copy)) return `error: error when retrieving current configuration of ${object.kind} from "${source}": resource name may not be empty`;
  return copy;
}

const METADATA_CODES = new Set(['missing-name', 'invalid-name', 'invalid-namespace', 'invalid-label-key', 'invalid-label-value', 'invalid-annotation-key']);

function serverValidated(d: { code: string; path?: string }): boolean {
  return METADATA_CODES.has(d.code) && (d.path === undefined || d.path === '' || d.path.startsWith('metadata'));
}

function parseFile(text: string, file: string): { objects: KubeObject[]; errors: string[] } {
  const parsed = parseManifests(text, { file });
  const errors: string[] = [];
  const syntax = parsed.diagnostics.find((d) => d.severity === 'error' && d.code.startsWith('yaml'));
  if (syntax) return { objects: [], errors: [`error: error parsing ${file}: error converting YAML to JSON: yaml: line ${syntax.line}: ${syntax.message}`] };
  const objects: KubeObject[] = [];
  const starts = parsed.parsed.map((m) => m.source.line);
  parsed.parsed.forEach((manifest, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : Infinity;
    const mine = parsed.diagnostics.filter((d) => d.severity === 'error' && d.line >= starts[i] && d.line < end);
    // Metadata the API server validates itself (names, namespace, labels, annotations): sent,
    // so the server answers 422 Invalid in its own words (writeObject).
    if (manifest.valid || (mine.length > 0 && mine.every(serverValidated))) {
      objects.push(manifest.object);
      return;
    }
    const diag = mine[0] ?? parsed.diagnostics.find((d) => d.severity === 'error');
    const { kind, apiVersion } = manifest.object;
    const version = String(apiVersion).split('/').pop();
    // A strict decoding error (unknown field) is the server's first answer, before validation.
    const refused = mine.some((d) => d.code === 'schema-unknown-field') ? undefined : registryInvalid(manifest.object, mine);
    if (refused) {
      errors.push(...statusText(refused).split('\n'));
      return;
    }
    if (diag && !diag.code.startsWith('schema-') && !diag.code.startsWith('yaml')) {
      // A semantic check the registry makes: 422 Invalid, printed from its details (field and cause).
      errors.push(
        ...statusText(
          status(422, 'Invalid', diag.message, { kind, name: nameOf(manifest.object), causes: [{ field: diag.path || kind, message: diag.message }] }),
        ).split('\n'),
      );
      return;
    }
    const detail =
      diag?.code === 'schema-unknown-field' && diag.path
        ? `${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: unknown field "${diag.path}"`
        : `${kind} "${nameOf(manifest.object)}" is invalid: ${diag ? `${diag.path ? `${diag.path}: ` : ''}${diag.message}` : 'the object is not valid'}`;
    // The server's decoding/validation refusal: a 400 BadRequest Status (kubectl adds the file).
    errors.push(statusText(status(400, 'BadRequest', `error when creating "${file}": ${detail}`)));
  });
  return { objects, errors };
}

/**
 * A control-plane static pod manifest applied to kube-system takes the place of minikube's
 * pod of the same component (`kube-apiserver-minikube`), as a changed manifest would.
 */
function replaceStaticPod(env: Env, object: KubeObject): void {
  const component = labelsOf(object).component;
  if (object.kind !== 'Pod' || namespaceOf(object) !== 'kube-system' || !component) return;
  const stale = (o: KubeObject) =>
    o.kind === 'Pod' &&
    namespaceOf(o) === 'kube-system' &&
    labelsOf(o).component === component &&
    nameOf(o) !== nameOf(object) &&
    nameOf(o).startsWith(`${component}-`);
  if (env.cluster.declared.some(stale)) env.cluster = removeObjects(env.cluster, stale);
}

/** Writes of one command share a rebuild (writeBatch.ts); off only to compare with the one-by-one path in tests. */
export const batching = { enabled: true };

/** Apply or create the objects of every `-f` file. */
export function runApplyFiles(env: Env, parsed: ParsedArgs, mode: WriteMode, command: string): number {
  const files = flagList(parsed, 'filename');
  if (files.length === 0) {
    printErr(env, usageError(command, 'must specify one of -f and -k'));
    return 1;
  }
  const dryRunFlag = flagString(parsed, 'dry-run');
  if (dryRunFlag !== undefined && !['client', 'server', 'none', 'true', 'false'].includes(dryRunFlag)) {
    printErr(env, `error: Invalid dry-run value (${dryRunFlag}). Must be "none", "server", or "client".`);
    return 1;
  }
  const dryRun = dryRunFlag === 'client' || dryRunFlag === 'true' ? 'client' : dryRunFlag === 'server' ? 'server' : undefined;
  let failed = false;
  const batch = new WriteBatch(env);
  try {
    failed = applyEach(env, parsed, { files, mode, command, dryRun, batch });
  } finally {
    batch.flush();
  }
  return failed ? 1 : 0;
}

interface ApplyRun {
  files: string[];
  mode: WriteMode;
  command: string;
  dryRun: 'client' | 'server' | undefined;
  batch: WriteBatch;
}

/** Every file's objects in order; true when any failed. */
function applyEach(env: Env, parsed: ParsedArgs, run: ApplyRun): boolean {
  const { files, mode, command, dryRun, batch } = run;
  let failed = false;
  for (const name of files) {
    // `-f -` reads standard input, named STDIN in kubectl's messages (cli-runtime resource/visitor.go FileVisitorForSTDIN).
    const file = name === '-' ? 'STDIN' : name;
    const text = name === '-' ? env.stdin : env.files[name];
    if (typeof text !== 'string' && name !== '-') {
      printErr(env, `error: the path "${name}" does not exist`);
      failed = true;
      continue;
    }
    const { objects, errors } = parseFile(text ?? '', file);
    if (objects.length === 0 && errors.length === 0) {
      printErr(env, [`error: no objects passed to ${command}`, ...(text === undefined ? [msg('kubectl.note.noStdin', {})] : [])]);
      failed = true;
    }
    for (const object of objects) {
      if (CONFIG_KINDS.has(object.kind)) {
        batch.flush();
        if (!dryRun) print(env, loadConfigFile(env, object, file));
        continue;
      }
      const placed = placeInNamespace(env, object, file);
      if (typeof placed === 'string') {
        printErr(env, placed);
        failed = true;
        continue;
      }
      const saveConfig = mode === 'apply' || flagBool(parsed, 'save-config');
      const result = writeObject(env, placed, { mode, source: file, dryRun, saveConfig, ...(batching.enabled ? { batch } : {}) });
      if (result.ok && !dryRun) replaceStaticPod(env, placed);
      printWrite(env, result);
      if (!result.ok) failed = true;
    }
    printErr(env, errors);
    if (errors.length > 0) failed = true;
  }
  return failed;
}
