/**
 * Public surface of the Kubernetes simulator. Pure TypeScript: no React, no DOM, no Node
 * built-ins. Runs in Node, in a Web Worker and in tests. Keep these names and shapes stable.
 */
export const SIM_VERSION = '0.1.0';
export type * from './types';
export { createCluster } from './cluster';
