import type { Translate } from '../../i18n/translate';
import { placeTitles, reverseTitleLines, titleSize, type BandTitles } from './bandTitles';
import { layoutNetwork, type Box, type NetworkLayout } from './layout';
import { textWidth } from './textBox';

/**
 * The whole geometry of one drawing of the network diagram: the layout for a panel and
 * the band titles in the page's language (their length decides whether the reverse
 * band's legend needs a line of its own). Pure, so that tests check every layout in both
 * languages without a browser.
 */
export function diagramGeometry(
  layers: readonly number[],
  options: { readonly presenter: boolean; readonly box: Box },
  t: Translate,
): { layout: NetworkLayout; titles: BandTitles } {
  const { presenter, box } = options;
  const size = titleSize(layoutNetwork([1, 1], { presenter, box }));
  // The legend says what δ means in words where its line has room, else as a formula.
  const long = t('netDiagram.deltaLegend');
  const texts = {
    forward: `${t('diagram.forward')} →`,
    reverse: `← ${t('diagram.reverse')}`,
    legend: textWidth(long, size) + 24 <= box.width ? long : t('netDiagram.deltaLegendShort'),
  };
  const lines = reverseTitleLines(texts, size, box.width);
  const layout = layoutNetwork(layers, { presenter, box, reverseTitleLines: lines });
  return { layout, titles: placeTitles(layout, texts) };
}
