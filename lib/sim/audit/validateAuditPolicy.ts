import { english } from '../messages/english';
import type { Diagnostic, SourceMap } from '../types';
import { isRecord } from './policyChecks';
import { readAuditPolicy, type AuditVersionOptions } from './readAuditPolicy';

/** Drop the last segment of an object path: `rules[1].level` → `rules[1]` → `rules` → ``. */
function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

function positionOf(path: string, sourceMap: unknown): { line: number; column: number; endLine?: number; endColumn?: number } {
  if (!isRecord(sourceMap)) return { line: 1, column: 1 };
  for (let p = path; ; p = parentPath(p)) {
    const pos = Object.hasOwn(sourceMap, p) ? sourceMap[p] : undefined;
    if (isRecord(pos) && typeof pos.line === 'number' && typeof pos.column === 'number') {
      const end = typeof pos.endLine === 'number' && typeof pos.endColumn === 'number' ? { endLine: pos.endLine, endColumn: pos.endColumn } : {};
      return { line: pos.line, column: pos.column, ...end };
    }
    if (p === '') return { line: 1, column: 1 };
  }
}

/**
 * Problems that would make kube-apiserver refuse `--audit-policy-file` (errors), plus fields it
 * silently ignores and rules that can never match (warnings), each at the offending rule/field.
 * Models k8s.io/apiserver pkg/audit/policy/reader.go and pkg/apis/audit/validation/validation.go;
 * docs: https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-Policy
 */
export function validateAuditPolicy(policy: unknown, sourceMap?: SourceMap, options?: AuditVersionOptions): Diagnostic[] {
  return readAuditPolicy(policy, options).problems.map((problem) => ({
    severity: problem.severity,
    message: english(problem.text),
    text: problem.text,
    code: problem.code,
    ...(problem.path ? { path: problem.path } : {}),
    ...positionOf(problem.path, sourceMap),
  }));
}
