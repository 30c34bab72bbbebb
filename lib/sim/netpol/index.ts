// NetworkPolicy reachability: evaluateTraffic, trafficMatrix, describeTraffic.
export { evaluateTraffic } from './evaluateTraffic';
export { trafficMatrix, matrixCellFor, type TrafficMatrixOptions } from './trafficMatrix';
export { describeTraffic, describeProblem } from './describeTraffic';
export { describeDirection, describeSuggestion } from './describeDirection';
export type * from './types';
