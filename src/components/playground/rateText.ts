import { formatCount } from '../../lib/format';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import type { PlaygroundTranslate } from '../../i18n/playground/translate';

/**
 * Steps a second while playing, as the run bar and the presenter's caption say it; empty
 * until the first second of playing has measured it (no "0 steps a second").
 */
export function rateText(t: PlaygroundTranslate, frame: PlaygroundFrame): string {
  return frame.playing && frame.stepsPerSecond > 0
    ? t('playground.speed', { value: formatCount(frame.stepsPerSecond) })
    : '';
}
