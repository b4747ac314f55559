export { analyze, createAnalyzer, type Analyzer } from './analyze';
export * from './types';
