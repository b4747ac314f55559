export { analyze, createAnalyzer, isPrepared, prepare, type Analyzer } from './analyze';
export * from './types';
