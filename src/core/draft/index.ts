export { draftReply, detectTopics, isPositive, findReference, findSenderName, prepareDraft } from './draft';
export type { DraftContext, DraftResult } from './draft';
export { TOPICS } from './templates';
export type { TopicId, TopicTemplate } from './templates';
