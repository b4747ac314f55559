export type { Guideline, GuidelineExample, GuidelineId } from './data';
export { GUIDELINES, GUIDELINES_BY_KIND, SEED_PATHS, guidelineById, guidelinesForReason } from './data';
