/**
 * What a command's arguments name: `TYPE`, `TYPE NAME...`, `TYPE1,TYPE2`, `TYPE/NAME...`
 * (kubectl's resource.Builder ResourceTypeOrNameArgs), with kubectl's errors for unknown
 * types and mixed forms.
 */
import { ALL_CATEGORY, resolveResourceType, resourceOfKind, type ResourceInfo } from '../apiserver/resourceTypes';

export interface Target {
  info: ResourceInfo;
  /** Empty: every object of the type (a list). */
  names: string[];
}

export type TargetResult = { ok: true; targets: Target[] } | { ok: false; error: string };

function resolveList(text: string): ResourceInfo[] | string {
  const out: ResourceInfo[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    if (part.toLowerCase() === 'all') {
      out.push(...ALL_CATEGORY.map((k) => resourceOfKind(k)).filter((r): r is ResourceInfo => r !== undefined));
      continue;
    }
    const info = resolveResourceType(part);
    if (!info) return `the server doesn't have a resource type "${part}"`;
    if (!out.includes(info)) out.push(info);
  }
  return out;
}

/** Parse the positional arguments of get/describe/delete/label. */
export function parseTargets(args: readonly string[]): TargetResult {
  if (args.length === 0) return { ok: true, targets: [] };
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      return {
        ok: false,
        error:
          "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      };
    }
    const targets: Target[] = [];
    for (const arg of args) {
      const slash = arg.indexOf('/');
      const type = arg.slice(0, slash);
      const name = arg.slice(slash + 1);
      const info = resolveResourceType(type);
      if (!info) return { ok: false, error: `the server doesn't have a resource type "${type}"` };
      if (name === '') return { ok: false, error: `arguments in resource/name form must have a single resource and name` };
      const existing = targets.find((t) => t.info === info);
      if (existing) existing.names.push(name);
      else targets.push({ info, names: [name] });
    }
    return { ok: true, targets };
  }
  const infos = resolveList(args[0]);
  if (typeof infos === 'string') return { ok: false, error: infos };
  const names = args.slice(1);
  if (names.length > 0 && infos.length > 1) return { ok: false, error: 'you must specify only one resource' };
  return { ok: true, targets: infos.map((info) => ({ info, names: [...names] })) };
}
