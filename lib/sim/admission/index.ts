// Admission of the simulator: authorization, mutating and validating admission (webhooks,
// PodSecurity, ValidatingAdmissionPolicy with CEL), with the request's trip as steps.
export { admit } from './admit';
export { describeAdmission } from './describeAdmission';
export { accessRequestFor } from './authorizationStep';
export { buildAttributes, qualifiedResource } from './attributes';
export { RESOURCES, WORKLOAD_KINDS, resourceForKind, resourceByName, splitApiVersion, type ResourceInfo } from './resources';
export { ruleMatches, rulesMatch, resourceMatches, scopeMatches } from './rules';
export { applyJsonPatch } from './jsonPatch';
export { BACKUP_REGISTRY, denyPrivilegedHandler, imageClonerHandler, polarisHandler } from './handlers';
export { namespacePodSecurityPolicy } from './podSecurityPolicy';
export type {
  AdmissionOperation,
  AdmissionPhase,
  AdmissionRequest,
  AdmissionStep,
  AdmissionVerdict,
  InvalidStatusDetails,
  JsonPatchOperation,
  RequestAttributes,
  StepOutcome,
} from './types';
