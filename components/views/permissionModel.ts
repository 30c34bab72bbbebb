// Worker side: the permission matrix lives in lib/sim/rbac/permissionMatrix.ts (issue 15); this
// module keeps the views' import path. Main-thread components import only its types.
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
} from '@/lib/sim';
export type { Danger, PermissionCell, PermissionMatrixModel, ResourceRow, SubjectChoice, SubjectKind, Vocabulary } from '@/lib/sim';
