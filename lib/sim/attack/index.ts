export { findAttackPath, attackGraph, attackPathsFrom, isCrownJewel, DEFAULT_ATTACK_BUDGET, type AttackSearchOptions } from './graph';
export { INTERNET_IP } from './podEdges';
export { privilegedPod } from './identityEdges';
export type * from './types';
