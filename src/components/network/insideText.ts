import type { NetworkLayout } from './layout';
import { textWidth } from './textBox';

/**
 * The font size at which `text` fits inside a node `room` px wide (a neuron's value, an
 * op-amp's gain): the layout's size, else its small size, else none (the value is then
 * left to the inspector, hover and focus rather than drawn unreadably small).
 */
export function insideFont(
  text: string,
  room: number,
  layout: Pick<NetworkLayout, 'fontSize' | 'smallFontSize'>,
  bold = true,
): number | null {
  if (text === '') return null;
  for (const size of [layout.fontSize, layout.smallFontSize])
    if (textWidth(text, size, bold) <= room - 4) return size;
  return null;
}
