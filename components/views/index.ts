// The views: traffic (graph + truth table), permissions (matrix + who can), admission (pipeline).
export { TrafficView, type TrafficViewProps } from './TrafficView';
export { PermissionView, type PermissionViewProps } from './PermissionView';
export { AdmissionView, type AdmissionViewProps } from './AdmissionView';
export { LessonViewBlock, type LessonViewBlockProps } from './LessonViewBlock';
export { ViewOnObjects, type ViewKind, type ViewOnObjectsProps } from './ViewOnObjects';
