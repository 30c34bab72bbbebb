/**
 * `kubectl label TYPE NAME key=value key2- [--overwrite]`: GET the object, then PATCH its
 * labels (admission runs: e.g. Pod Security checks existing pods when a namespace's enforce
 * label gets stricter). Upstream: kubectl pkg/cmd/label/label.go.
 */
import type { KubeObject } from '../types';
import { apiCall } from '../apiserver/apiServer';
import { notFound } from '../apiserver/status';
import { dryRunOf, dryRunSuffix } from './dryRun';
import { flagBool, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { cloneJson, labelsOf, nameOf } from '../apiserver/objectData';
import { qualifiedKind, qualifiedResource, type ResourceInfo } from '../apiserver/resourceTypes';
import { parseSelector, requirementsMatch } from './selectorText';
import { findObject, listObjects } from '../apiserver/store';
import { parseTargets } from './targets';
import type { Env } from './types';
import { usageError } from './usage';
import { writeObject } from '../apiserver/writeObject';
import { print, printErr, printStatus, printWarnings, printWrite } from './output';
import { labelValue } from '../apiserver/objectMetaErrors';
import { goQuote } from '../support/goText';

export const LABEL_FLAGS: FlagSpec[] = [
  { name: 'overwrite', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'dry-run', type: 'string' },
  { name: 'list', type: 'bool' },
  { name: 'resource-version', type: 'string' },
];

interface LabelChange {
  set: Record<string, string>;
  remove: string[];
}

function splitArgs(args: string[]): { names: string[]; change: LabelChange; error?: string } {
  const change: LabelChange = { set: {}, remove: [] };
  const names: string[] = [];
  for (const arg of args) {
    if (arg.includes('=')) {
      // parseLabels: exactly one `=`, the value checked here (IsValidLabelValue, messages joined
      // with `;`), the key left to the API server's validation (a 422 Invalid).
      const parts = arg.split('=');
      if (parts.length !== 2) return { names, change, error: `invalid label spec: ${arg}` };
      const [key, value] = parts;
      const problems = labelValue(value);
      if (problems.length > 0) return { names, change, error: `invalid label value: ${goQuote(arg)}: ${problems.join(';')}` };
      change.set[key] = value;
    } else if (arg.endsWith('-') && arg.length > 1) change.remove.push(arg.slice(0, -1));
    else names.push(arg);
  }
  return { names, change };
}

/** Label one object and report it (stdout) or the error (stderr); false when it failed. */
function relabel(env: Env, info: ResourceInfo, object: KubeObject, change: LabelChange, overwrite: boolean, dryRun?: 'client' | 'server'): boolean {
  const labels = labelsOf(object);
  for (const [key, value] of Object.entries(change.set)) {
    if (Object.hasOwn(labels, key) && labels[key] !== value && !overwrite) {
      printErr(env, `error: '${key}' already has a value (${labels[key]}), and --overwrite is false`);
      return false;
    }
  }
  const next = { ...labels, ...change.set };
  for (const key of change.remove) delete next[key];
  const changed = JSON.stringify(Object.entries(next).sort()) !== JSON.stringify(Object.entries(labels).sort());
  const verb = Object.keys(change.set).length === 0 && change.remove.length > 0 ? 'unlabeled' : 'labeled';
  if (!changed) {
    print(env, `${qualifiedKind(info)}/${nameOf(object)} not labeled`);
    return true;
  }
  const updated = cloneJson(object);
  updated.metadata = { ...updated.metadata, labels: next };
  if (Object.keys(next).length === 0) delete updated.metadata.labels;
  const result = writeObject(env, updated, { mode: 'apply', dryRun });
  if (!result.ok) {
    printWrite(env, result);
    return false;
  }
  printWarnings(env, result.warnings);
  print(env, `${qualifiedKind(info)}/${nameOf(object)} ${verb}${dryRunSuffix(dryRun)}`);
  return true;
}

/** Run `kubectl label`. */
export function runLabel(env: Env, parsed: ParsedArgs): number {
  const typeArgs = parsed.positional.filter((a) => !a.includes('=') && !(a.endsWith('-') && a.length > 1));
  const split = splitArgs(parsed.positional.slice(1));
  if (split.error) {
    printErr(env, `error: ${split.error}`);
    return 1;
  }
  if (Object.keys(split.change.set).length === 0 && split.change.remove.length === 0) {
    printErr(env, usageError('label', 'at least one label update is required'));
    return 1;
  }
  const targets = parseTargets(typeArgs);
  if (!targets.ok || targets.targets.length === 0) {
    printErr(env, targets.ok ? 'error: you must specify the type of resource to label' : `error: ${targets.error}`);
    return 1;
  }
  const selector = flagString(parsed, 'selector');
  const requirements = parseSelector(selector ?? '');
  if (typeof requirements === 'string') {
    printErr(env, `error: ${requirements}`);
    return 1;
  }
  let failed = false;
  const dryRunFlag = dryRunOf(parsed);
  if (dryRunFlag.error) {
    printErr(env, dryRunFlag.error);
    return 1;
  }
  const dryRun = dryRunFlag.mode;
  for (const target of targets.targets) {
    const { info } = target;
    const namespace = info.namespaced ? env.namespace : '';
    if (target.names.length === 0 && selector === undefined && !flagBool(parsed, 'all')) {
      printErr(env, 'error: resource(s) were provided, but no name was specified');
      return 1;
    }
    const objects: KubeObject[] = [];
    const names =
      target.names.length > 0
        ? target.names
        : listObjects(env.cluster, info, namespace, env.tick)
            .filter((o) => requirementsMatch(requirements, labelsOf(o)))
            .map(nameOf);
    for (const name of names) {
      const call = apiCall(env, { group: info.group, version: info.version, resource: info.resource, namespace, name, verb: 'get' }, () => {
        const found = findObject(env.cluster, info, namespace, name, env.tick);
        return { status: found ? 200 : 404, value: found };
      });
      if (!call.ok) {
        printStatus(env, call.error);
        failed = true;
        continue;
      }
      if (!call.value) {
        printStatus(env, notFound(qualifiedResource(info), name));
        failed = true;
        continue;
      }
      objects.push(call.value);
    }
    for (const object of objects) {
      if (!relabel(env, info, object, split.change, flagBool(parsed, 'overwrite'), dryRun)) failed = true;
    }
  }
  return failed ? 1 : 0;
}
