/**
 * RBAC of the simulator: authorization decisions with their provenance, permission lists
 * and who-can answers, escalation checks on RBAC writes and impersonation.
 */
export { authorize, rbacDenialReason } from './authorize';
export { describeAuthorization } from './describeAuthorization';
export { forbiddenMessage } from './forbiddenMessage';
export { listPermissions, combineResourceGroup, policyRuleGoString } from './listPermissions';
export { formatPermissionTable, permissionListWarning } from './formatPermissionTable';
export { whoCan } from './whoCan';
export { identityFor } from './subjects';
export { resolveClusterRoles } from './resolveClusterRoles';
export type * from './types';
