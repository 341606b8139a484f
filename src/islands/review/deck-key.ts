/** localStorage key of an anonymous learner's review deck (read by the header without the scheduler). */
export const DECK_KEY = 'leetllm:review-deck:v1';
