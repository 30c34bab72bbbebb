/**
 * RBAC of the simulator: authorization decisions with their provenance, permission lists
 * (`kubectl auth can-i --list`), who-can answers, escalation checks on RBAC writes and
 * impersonation (`kubectl --as`). Rule indexes in data are 0-based; words say "rule 1".
 */
export { authorize, rbacDenialReason } from './authorize';
export { describeAuthorization } from './describeAuthorization';
export { forbiddenMessage } from './forbiddenMessage';
export { listPermissions, combineResourceGroup, policyRuleGoString } from './listPermissions';
export { formatPermissionTable, permissionListWarning } from './formatPermissionTable';
export { whoCan } from './whoCan';
export { identityFor, splitServiceAccountUser } from './subjects';
export { breakdownRule } from './covers';
/** The permission matrix and who-can of the permission view (data; words at the edge). */
export * from './permissionMatrix';
export { resolveClusterRoles } from './resolveClusterRoles';
export { checkRbacWrite, type RbacWriteOptions } from './checkRbacWrite';
export { describeRbacWrite } from './describeRbacWrite';
export { impersonate, impersonatedIdentity, describeImpersonation } from './impersonate';
export type * from './types';
