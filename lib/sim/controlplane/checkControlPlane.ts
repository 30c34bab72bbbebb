import { english } from '../messages/english';
import { msg, verbatim, type Message } from '../messages';
import { APISERVER_ACCESS_CHECKS } from './apiserverAccessChecks';
import { APISERVER_DATA_CHECKS } from './apiserverDataChecks';
import { APISERVER_HOST_CHECKS } from './apiserverHostChecks';
import { COMPONENT_CHECKS, ETCD_CHECKS, STRAY_ARGUMENT_CHECK } from './componentChecks';
import { ENCRYPTION_CHECKS } from './encryptionChecks';
import { KUBELET_CHECKS } from './kubeletChecks';
import { buildFlagSet, containerTokens } from './parseFlags';
import type { CheckTarget, ControlPlaneCheck, ControlPlaneCheckResult, ControlPlaneComponent, Finding } from './types';
import { isRecord } from '../support/record';

/** Every check, in report order. Ids are stable; `cis` names the benchmark item. */
export const CONTROL_PLANE_CHECKS: readonly ControlPlaneCheck[] = [
  ...APISERVER_ACCESS_CHECKS,
  ...APISERVER_DATA_CHECKS,
  ...APISERVER_HOST_CHECKS,
  ...COMPONENT_CHECKS,
  ...ETCD_CHECKS,
  ...KUBELET_CHECKS,
  ...ENCRYPTION_CHECKS,
  STRAY_ARGUMENT_CHECK,
];

const BINARIES: readonly ControlPlaneComponent[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'];

function asBinary(text: unknown): ControlPlaneComponent | null {
  if (typeof text !== 'string') return null;
  const base = text
    .slice(text.lastIndexOf('/') + 1)
    .split('@')[0]
    .split(':')[0];
  return (BINARIES as readonly string[]).includes(base) ? (base as ControlPlaneComponent) : null;
}

/** Which control-plane component a container runs: its command, else its name, else its image. */
function detectComponent(container: Record<string, unknown>): ControlPlaneComponent | null {
  const tokens = containerTokens(container, '');
  for (const token of tokens) {
    if (token.text.startsWith('-')) break;
    const found = asBinary(token.text);
    if (found) return found;
  }
  return asBinary(container.name) ?? asBinary(container.image);
}

function podTargets(object: Record<string, unknown>, index: number, objects: readonly unknown[]): CheckTarget[] {
  const meta = isRecord(object.metadata) ? object.metadata : {};
  const label = `${String(object.kind)} ${meta.namespace ? `${String(meta.namespace)}/` : ''}${String(meta.name ?? '')}`;
  const spec = isRecord(object.spec) ? object.spec : {};
  const template = isRecord(spec.template) && isRecord(spec.template.spec) ? spec.template.spec : null;
  const podSpec = object.kind === 'Pod' ? spec : template;
  const prefix = object.kind === 'Pod' ? 'spec' : 'spec.template.spec';
  if (!podSpec || !Array.isArray(podSpec.containers)) return [];
  return podSpec.containers.flatMap((container: unknown, j): CheckTarget[] => {
    if (!isRecord(container)) return [];
    const component = detectComponent(container);
    if (!component) return [];
    const containerPath = `${prefix}.containers[${j}]`;
    const host = { container, containerPath, podSpec, podSpecPath: prefix, objects };
    return [{ kind: 'flags', component, objectIndex: index, label, flags: buildFlagSet(component, container, containerPath), host }];
  });
}

function targetsOf(object: unknown, index: number, objects: readonly unknown[]): CheckTarget[] {
  if (!isRecord(object)) return [];
  if (object.kind === 'KubeletConfiguration')
    return [{ kind: 'config', component: 'kubelet', objectIndex: index, label: 'KubeletConfiguration', config: object }];
  if (object.kind === 'EncryptionConfiguration')
    return [{ kind: 'config', component: 'encryption-config', objectIndex: index, label: 'EncryptionConfiguration', config: object }];
  return podTargets(object, index, objects);
}

/**
 * Every check on every control-plane object, pass or fail, like a kube-bench report: static Pods
 * (or workloads) running kube-apiserver, kube-controller-manager, kube-scheduler or etcd, plus
 * KubeletConfiguration and EncryptionConfiguration objects. Models the CIS Kubernetes Benchmark
 * as kube-bench runs it (https://github.com/aquasecurity/kube-bench, cfg/cis-1.9).
 * SIMPLIFICATION(k8s): only what the manifests say is checked (no file permissions, no
 * contents of files the flags point to).
 */
export function runControlPlaneChecks(objects: readonly unknown[]): ControlPlaneCheckResult[] {
  const list: unknown[] = Array.isArray(objects) ? objects : [];
  const results: ControlPlaneCheckResult[] = [];
  list.forEach((object, index) => {
    for (const target of targetsOf(object, index, list)) {
      for (const check of CONTROL_PLANE_CHECKS) {
        const verdict = check.evaluate(target);
        if (!verdict) continue;
        results.push({
          id: check.id,
          cis: check.cis,
          component: target.component,
          status: verdict.pass ? 'pass' : 'fail',
          severity: verdict.severity ?? check.severity,
          objectIndex: target.objectIndex,
          object: target.label,
          path: verdict.path,
          detail: verdict.detail,
          title: check.title,
          why: check.why,
          fix: check.fix,
        });
      }
    }
  });
  return results;
}

function componentLabel(result: ControlPlaneCheckResult): string {
  return result.component === 'encryption-config' ? 'EncryptionConfiguration' : result.component === 'kubelet' ? 'KubeletConfiguration' : result.component;
}

/**
 * CIS-benchmark-style findings for the control plane: only the failed checks, each with why it
 * matters and the fix, in English and Spanish. Absent flags whose default is secure pass.
 * Benchmark: CIS Kubernetes Benchmark v1.9 (kube-bench cfg/cis-1.9/master.yaml, node.yaml).
 */
export function checkControlPlane(objects: readonly unknown[]): Finding[] {
  return runControlPlaneChecks(objects)
    .filter((r) => r.status === 'fail')
    .map((r) => ({
      id: r.id,
      severity: r.severity,
      path: r.path,
      cis: r.cis,
      objectIndex: r.objectIndex,
      ...findingWords(r),
    }));
}

function findingWords(r: ControlPlaneCheckResult): { message: string; text: Message; fix: string; fixText: Message } {
  const text = msg('controlplane.finding', { component: componentLabel(r), detail: r.detail, why: r.why });
  return { message: english(text), text, fix: english(r.fix), fixText: r.fix };
}

/** One result as a kube-bench-like line: `[FAIL] CIS 1.9 1.2.15 kube-apiserver: Profiling is off (--profiling is not set, ...)`. */
export function describeControlPlaneResult(result: ControlPlaneCheckResult): Message {
  return msg('controlplane.resultLine', {
    status: result.status,
    severity: result.severity,
    cis: result.cis,
    component: componentLabel(result),
    title: result.title,
    detail: result.detail,
  });
}

/** A finding in one language: what is wrong, why it matters, and the fix. */
export function describeControlPlaneFinding(finding: Finding): Message {
  return msg('controlplane.findingWithFix', { finding: finding.text ?? verbatim(finding.message), fix: finding.fixText ?? verbatim(finding.fix) });
}
