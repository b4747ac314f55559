export { draftReply, detectTopics, isPositive, findReference, findSenderName, prepareDraft, withoutQuotedHistory } from './draft';
export { isPlaceholderName } from './names';
export type { DraftContext, DraftResult } from './draft';
export { TOPICS } from './templates';
export type { TopicId, TopicTemplate } from './templates';
