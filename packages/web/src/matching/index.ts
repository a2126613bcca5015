export { ReviewQueuePage } from './review-queue-page.js';
export { ReviewPairPage } from './review-pair-page.js';
