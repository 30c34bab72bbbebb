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
export {
  actionDangers,
  buildPermissionMatrix,
  buildWhoCan,
  clusterVocabulary,
  dangersOf,
  knownSubjects,
  parseResourceText,
  permissionRows,
  SPECIAL_VERBS,
  STANDARD_VERBS,
  subjectIdentity,
  subjectText,
  suggestNamespace,
  type Danger,
  type PermissionCell,
  type PermissionMatrixModel,
  type ResourceRow,
  type SubjectChoice,
  type SubjectKind,
  type Vocabulary,
} from './permissionMatrix';
export { resolveClusterRoles } from './resolveClusterRoles';
export { checkRbacWrite, type RbacWriteOptions } from './checkRbacWrite';
export { describeRbacWrite } from './describeRbacWrite';
export { impersonate, impersonatedIdentity, describeImpersonation } from './impersonate';
export type * from './types';
