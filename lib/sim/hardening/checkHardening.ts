// Hardening checks beyond Pod Security Standards, over a Pod or a workload's pod template.
import { extractPodView } from '../podsecurity/podView';
import { get, isRecord, str, type Rec } from '../podsecurity/read';
import type { PodView } from '../podsecurity/types';
import type { ContainerCheckFn, HardeningContext, PodCheckFn } from './buildFinding';
import { capabilitiesNotDroppedFindings, dangerousCapabilityFindings } from './checks/capabilityChecks';
import { hostPortFindings, imageTagFindings } from './checks/containerChecks';
import { hostNamespaceFindings } from './checks/hostNamespaces';
import { hostPathVolumeFindings } from './checks/hostPathVolume';
import { privilegedFindings, privilegeEscalationFindings, readOnlyRootFindings } from './checks/privilegeChecks';
import { resourceFindings } from './checks/resourceChecks';
import { automountFindings, defaultServiceAccountFindings } from './checks/serviceAccount';
import { runAsNonRootFindings, runAsRootUserFindings } from './checks/userChecks';
import { writablePathFindings } from './checks/writablePaths';
import { misplacedPodFields, resolveSecurityContext } from './resolveSecurityContext';
import type { Finding } from './types';

const POD_CHECKS: readonly PodCheckFn[] = [hostNamespaceFindings, hostPathVolumeFindings, defaultServiceAccountFindings, automountFindings];

const CONTAINER_CHECKS: readonly ContainerCheckFn[] = [
  privilegedFindings,
  privilegeEscalationFindings,
  runAsNonRootFindings,
  runAsRootUserFindings,
  readOnlyRootFindings,
  writablePathFindings,
  dangerousCapabilityFindings,
  capabilitiesNotDroppedFindings,
  hostPortFindings,
  imageTagFindings,
  resourceFindings,
];

export interface CheckHardeningOptions {
  /** ServiceAccount objects, so a ServiceAccount's automountServiceAccountToken: false is honoured. */
  serviceAccounts?: readonly unknown[];
  /** Namespace to assume when the object has none (default `default`). */
  namespace?: string;
}

/**
 * Container and workload hardening findings, as Polaris, kubesec and kube-score report them:
 * the talk's three (run as non-root, read-only root filesystem, no privilege escalation),
 * capabilities, resources, image tags, ServiceAccount token and identity, hostPath, host
 * namespaces and ports, privileged. Reads the EFFECTIVE securityContext (container overrides
 * pod; container-only fields never inherit), covers init and ephemeral containers, and gives
 * paths relative to the object (Kubernetes docs: "Configure a Security Context for a Pod or
 * Container", "Resource Management for Pods and Containers"). Pods first, then containers in
 * the order initContainers, containers, ephemeralContainers. Objects that are not pods or
 * workloads get no findings. Never throws.
 */
export function checkHardening(object: unknown, options?: CheckHardeningOptions): Finding[] {
  try {
    const extracted = extractPodView(object, { defaults: false });
    if (!extracted.ok) return [];
    const ctx = buildContext(extracted.pod, object, options);
    const findings = POD_CHECKS.flatMap((check) => check(ctx));
    for (const ref of ctx.pod.containers) {
      const effective = resolveSecurityContext(ctx.pod, ref);
      for (const check of CONTAINER_CHECKS) findings.push(...check(ctx, ref, effective));
    }
    return findings;
  } catch {
    return [];
  }
}

function buildContext(pod: PodView, object: unknown, options: CheckHardeningOptions | undefined): HardeningContext {
  const ctx: HardeningContext = { pod, windows: get(pod.spec, 'os', 'name') === 'windows', misplaced: misplacedPodFields(pod) };
  const sa = findServiceAccount(pod, object, options);
  if (sa) ctx.serviceAccount = sa;
  return ctx;
}

function findServiceAccount(pod: PodView, object: unknown, options: CheckHardeningOptions | undefined): Rec | undefined {
  if (!options || !Array.isArray(options.serviceAccounts)) return undefined;
  const name = str(pod.spec.serviceAccountName) || str(pod.spec.serviceAccount) || 'default';
  const namespace = str(get(object, 'metadata', 'namespace')) || options.namespace || 'default';
  return options.serviceAccounts.find(
    (sa): sa is Rec =>
      isRecord(sa) &&
      sa.kind === 'ServiceAccount' &&
      get(sa, 'metadata', 'name') === name &&
      (str(get(sa, 'metadata', 'namespace')) || 'default') === namespace,
  );
}
