export {
  type ArticleEvidence,
  type Assignment,
  assignStory,
  DEFAULT_STORY_OPTIONS,
  type StoryIndex,
  type StoryOptions,
} from './assign.js';
export { dayNumber, daySpan, isoDay } from './days.js';
export { articleFeatures, articleTime } from './features.js';
export { mergeStories } from './merge.js';
export { semanticFeatures } from './semantic.js';
export { createStoryIndex } from './story-index.js';
export type * from './types.js';
