// Types of the cluster module (beyond the shared ones in ../types).
import type { KubeObject } from '../types';

/** Something createCluster noticed about the input itself (turned into diagnostics by checkCluster). */
export interface BuildNote {
  code: 'object-ignored' | 'object-missing-name' | 'object-name-too-long' | 'duplicate-object' | 'workload-replicas-capped' | 'input-truncated';
  /** Index of the input object concerned. */
  index: number;
  /** For duplicates: the index of the object that replaced it. */
  replacedBy?: number;
  object?: KubeObject;
}

/** Internal result of building a cluster: the snapshot plus what checks need to point back at input. */
export interface BuildResult {
  /** Declared objects after defaulting, in input order, with their input index. */
  declared: { object: KubeObject; index: number }[];
  notes: BuildNote[];
}
