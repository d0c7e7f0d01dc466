/**
 * Pure spatial statistics, importable from the page, a Web Worker or Node. The worker client
 * (client.ts) is not re-exported here so that importing statistics never creates a worker.
 */
export * from './clusters';
export * from './explanations';
export * from './geometry';
export * from './getis-ord';
export * from './knn';
export * from './lisa';
export * from './moran';
export * from './multiple-testing';
export * from './needs-index';
export * from './smoothing';
export * from './stability';
export * from './weights';
export type { AnalysisRequest, AnalysisResponse, WeightsMessage } from './protocol';
export type { Values } from './stats';
