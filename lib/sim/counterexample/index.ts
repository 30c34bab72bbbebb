// "Try to break it": concrete witnesses that what the learner wrote allows more than the brief.
export { findTrafficCounterexample, type TrafficCounterexample, type TrafficIntent } from './network';
export { findPodSecurityCounterexample, findImageCounterexample, imagePinned, restrictedPod, type AdmissionCounterexample } from './admission';
export { findAuditCounterexample, neighbourRequests, type AuditCounterexample } from './audit';
