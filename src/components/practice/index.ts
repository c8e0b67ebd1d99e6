/**
 * Practice mode's view ("Your turn"): the panel the page places (side panels, under the
 * diagram in presenter mode, the step card on a phone), and what the other panels use to
 * show the question instead of the step's numbers.
 */
export { PracticePanel } from './PracticePanel';
export { useAskedHere } from './useAskedHere';
export { usePractising } from './usePractising';
export { usePracticeNarration } from './usePracticeNarration';
export { questionLabel } from './questionLabel';
