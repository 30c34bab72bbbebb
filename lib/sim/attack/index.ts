export { findAttackPath, attackGraph, attackPathsFrom, isCrownJewel, DEFAULT_ATTACK_BUDGET, type AttackSearchOptions } from './graph';
export { INTERNET_IP } from './podEdges';
export { attackNodeKey, sameAttackNode, entryNode, formatAttackRef, parseAttackRef, type AttackRef } from './nodes';
export { privilegedPod } from './identityEdges';
export type * from './types';
