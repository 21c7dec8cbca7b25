import type { ReviewCard } from './reviewSchedule.ts';

/**
 * The seed of a review's option order (`seededOrder`): the learner, the check and how many times it
 * was reviewed, so each review shows the options in a new order, and the same order on a reload.
 */
export const reviewSeed = (learnerId: string, card: Pick<ReviewCard, 'moduleId' | 'checkId' | 'reviews'>): string =>
  `${learnerId}/${card.moduleId}/${card.checkId}/review/${card.reviews.length}`;
