// "Try to break it" for admission: the smallest pod the learner's admission setup (Pod Security
// labels, ValidatingAdmissionPolicies, webhooks) lets in although the brief forbids it.
import { admit } from '../admission';
import { evaluatePodSecurity } from '../podsecurity';
import type { AdmissionVerdict } from '../admission';
import type { Cluster, KubeObject } from '../types';

export interface AdmissionCounterexample {
  /** The object to add to the world (or to `kubectl apply`). */
  object: KubeObject;
  /** What makes it wrong: Pod Security check ids, or the image that is not pinned. */
  breaks: string[];
  verdict: AdmissionVerdict;
}

type Spec = Record<string, unknown>;
type Change = { id: string; apply: (spec: Spec, container: Spec) => void };

/** A pod that meets `restricted` (docs: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted). */
export function restrictedPod(namespace: string, image = 'nginx:1.27'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'probe', namespace },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', image, securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    },
  };
}

/** One change at a time away from restricted, smallest first. */
const CHANGES: Change[] = [
  {
    id: 'runAsNonRoot',
    apply: (s) => {
      delete (s.securityContext as Spec).runAsNonRoot;
    },
  },
  {
    id: 'allowPrivilegeEscalation',
    apply: (_s, c) => {
      delete (c.securityContext as Spec).allowPrivilegeEscalation;
    },
  },
  {
    id: 'capabilities',
    apply: (_s, c) => {
      delete (c.securityContext as Spec).capabilities;
    },
  },
  {
    id: 'seccompProfile',
    apply: (s) => {
      delete (s.securityContext as Spec).seccompProfile;
    },
  },
  {
    id: 'runAsUser',
    apply: (s) => {
      (s.securityContext as Spec).runAsUser = 0;
      delete (s.securityContext as Spec).runAsNonRoot;
    },
  },
  {
    id: 'hostNetwork',
    apply: (s) => {
      s.hostNetwork = true;
    },
  },
  {
    id: 'hostPID',
    apply: (s) => {
      s.hostPID = true;
    },
  },
  {
    id: 'hostPath',
    apply: (s, c) => {
      s.volumes = [{ name: 'host', hostPath: { path: '/' } }];
      c.volumeMounts = [{ name: 'host', mountPath: '/host' }];
    },
  },
  {
    id: 'privileged',
    apply: (_s, c) => {
      (c.securityContext as Spec).privileged = true;
      delete (c.securityContext as Spec).allowPrivilegeEscalation;
    },
  },
  {
    id: 'capabilities.add',
    apply: (_s, c) => {
      (c.securityContext as Spec).capabilities = { drop: ['ALL'], add: ['SYS_ADMIN'] };
    },
  },
];

function variant(namespace: string, change: Change): KubeObject {
  const pod = JSON.parse(JSON.stringify(restrictedPod(namespace))) as KubeObject;
  const spec = pod.spec as Spec;
  change.apply(spec, (spec.containers as Spec[])[0]);
  return pod;
}

const ADMIN = { user: 'admin', groups: ['system:masters', 'system:authenticated'] };

/**
 * The smallest pod that admission accepts in `namespace` but Pod Security `level` rejects
 * (policy: staging/src/k8s.io/pod-security-admission/policy). Asked as a cluster admin, so
 * only admission decides, not RBAC. Undefined when every variant is turned away.
 */
export function findPodSecurityCounterexample(
  cluster: Cluster,
  namespace: string,
  level: 'baseline' | 'restricted' = 'restricted',
  version = 'latest',
): AdmissionCounterexample | undefined {
  for (const change of CHANGES) {
    const object = variant(namespace, change);
    const restricted = evaluatePodSecurity(object, level, version);
    if (restricted.allowed) continue;
    const verdict = admit(cluster, { operation: 'CREATE', object, ...ADMIN });
    if (verdict.allowed) return { object, breaks: restricted.violations.map((v) => v.check), verdict };
  }
  return undefined;
}

/** Is an image pinned: a digest, or a tag other than `latest` (a registry's `:port` is not a tag)? */
export function imagePinned(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return false;
  return image.slice(colon + 1) !== 'latest' && image.slice(colon + 1) !== '';
}

/** Boundary images: no tag, `latest`, a registry with a port and no tag, that with `latest`, in init containers too. */
const IMAGES = ['nginx', 'nginx:latest', 'registry.example.com:5000/nginx', 'registry.example.com:5000/team/nginx:latest', 'docker.io/library/nginx'];

/**
 * A pod with an unpinned image that admission accepts (the brief: "every image pinned to a
 * tag other than latest, or a digest"). Tries each boundary image in a container, then in an
 * init container. Undefined when all are refused.
 */
export function findImageCounterexample(cluster: Cluster, namespace: string): AdmissionCounterexample | undefined {
  for (const where of ['containers', 'initContainers'] as const) {
    for (const image of IMAGES) {
      const object = restrictedPod(namespace);
      if (where === 'containers') ((object.spec as Spec).containers as Spec[])[0].image = image;
      else (object.spec as Spec).initContainers = [{ ...((object.spec as Spec).containers as Spec[])[0], name: 'init', image }];
      const verdict = admit(cluster, { operation: 'CREATE', object, ...ADMIN });
      if (verdict.allowed) return { object, breaks: [`${where === 'containers' ? 'spec.containers[0]' : 'spec.initContainers[0]'}.image: ${image}`], verdict };
    }
  }
  return undefined;
}
