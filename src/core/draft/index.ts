export { draftReply, detectTopics, isPositive, findReference, findSenderName } from './draft';
export type { DraftContext, DraftResult } from './draft';
export { TOPICS } from './templates';
export type { TopicId, TopicTemplate } from './templates';
