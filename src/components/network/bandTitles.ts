import type { NetworkLayout } from './layout';
import type { Rect } from './spatialIndex';
import { LINE_HEIGHT_EM, textWidth } from './textBox';

/** The words of the band titles, in the page's language. */
export interface TitleTexts {
  readonly forward: string;
  readonly reverse: string;
  /** What δ means, said once for the whole reverse band from step 0 on. */
  readonly legend: string;
}

export interface PlacedTitle {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly box: Rect;
}

export interface BandTitles {
  readonly forward: PlacedTitle;
  readonly reverse: PlacedTitle;
  readonly legend: PlacedTitle;
}

/** The font size of the band titles, one step above the labels. */
export const titleSize = (layout: Pick<NetworkLayout, 'labelFontSize'>) => layout.labelFontSize + 1;

/** Room left between the reverse title and the legend on one line. */
const TITLE_GAP = 18;

/**
 * Whether the reverse band's title and its δ legend share one line in a box `width` wide,
 * or need a line each (narrow panels, and the longer Chinese titles).
 */
export function reverseTitleLines(texts: TitleTexts, fontSize: number, width: number): 1 | 2 {
  const both =
    textWidth(texts.reverse, fontSize, true) + TITLE_GAP + textWidth(texts.legend, fontSize);
  return 24 + both <= width ? 1 : 2;
}

function titleAt(text: string, x: number, y: number, fontSize: number, bold: boolean): PlacedTitle {
  // Start-anchored text on a baseline: ascent above, descent below (DejaVu: 0.93, 0.24 em).
  const box = {
    x0: x,
    y0: y - 0.93 * fontSize,
    x1: x + textWidth(text, fontSize, bold),
    y1: y - 0.93 * fontSize + LINE_HEIGHT_EM * fontSize,
  };
  return { text, x, y, fontSize, box };
}

/** Where the band titles and the legend go in `layout`. */
export function placeTitles(layout: NetworkLayout, texts: TitleTexts): BandTitles {
  const size = titleSize(layout);
  const x = layout.titleX;
  const forward = titleAt(texts.forward, x, layout.forwardTitleY, size, true);
  const reverse = titleAt(texts.reverse, x, layout.reverseTitleY, size, true);
  const sameLine = layout.legendY === layout.reverseTitleY;
  const legend = titleAt(
    texts.legend,
    sameLine ? reverse.box.x1 + TITLE_GAP : x,
    layout.legendY,
    size,
    false,
  );
  return { forward, reverse, legend };
}
