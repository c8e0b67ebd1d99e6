/**
 * The answer box's element id: there is one box at a time, and the live class's card
 * points the student to it.
 */
export const PRACTICE_ANSWER_ID = 'practice-answer-box';
