import { downloadBlob, downloadText } from './download';
import { numpyScript } from './numpyScript';
import { svgToPng } from './png';
import { captionOf, exportBaseName, stepDescriber, type ExportSnapshot } from './sceneText';
import { CAPTION_FONT_SIZE, standaloneSvg, type ExportTheme } from './standaloneSvg';
import { readStyle } from './svgStyle';
import { traceCsv, traceJson, traceRecords } from './traceExport';
import { estimateWidth, type Measure } from './wrapText';
import type { ExportKind } from './exportKinds';

/** The page's current colours (any theme) and font, read from its CSS variables. */
function readTheme(doc: Document): ExportTheme {
  const root = getComputedStyle(doc.documentElement);
  const pick = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    background: pick('--bg', '#ffffff'),
    ink: pick('--ink', '#1a202c'),
    muted: pick('--muted', '#5a6473'),
    line: pick('--line', '#d5dae1'),
    font: pick('--font', 'sans-serif').replace(/\s+/g, ' '),
  };
}

/** Measures caption text with a canvas in the caption's font; estimates without one. */
function canvasMeasure(font: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return estimateWidth(CAPTION_FONT_SIZE);
  context.font = `${CAPTION_FONT_SIZE}px ${font}`;
  return (text) => context.measureText(text).width;
}

function diagramSvg(snap: ExportSnapshot, svg: SVGSVGElement) {
  const theme = readTheme(svg.ownerDocument);
  return standaloneSvg(svg, {
    caption: captionOf(snap),
    theme,
    styleOf: (element) => readStyle(getComputedStyle(element)),
    measure: canvasMeasure(theme.font),
  });
}

/**
 * Runs one export of the state in `snap` and starts its download. Returns the file name.
 * The diagram exports need the live diagram (its computed styles): `null` means this
 * scene has none.
 */
export async function runExport(
  kind: ExportKind,
  snap: ExportSnapshot,
  diagram: SVGSVGElement | null,
): Promise<string> {
  const names = exportBaseName(snap);
  switch (kind) {
    case 'svg':
    case 'png': {
      if (diagram === null) throw new Error('no diagram');
      const svg = diagramSvg(snap, diagram);
      if (kind === 'svg') {
        downloadText(svg.text, `${names.diagram}.svg`, 'image/svg+xml');
        return `${names.diagram}.svg`;
      }
      downloadBlob(await svgToPng(svg.text, svg.width, svg.height, 2), `${names.diagram}.png`);
      return `${names.diagram}.png`;
    }
    case 'csv':
    case 'json': {
      const records = traceRecords(snap.trace, stepDescriber(snap));
      if (kind === 'csv') {
        downloadText(traceCsv(records), `${names.trace}.csv`, 'text/csv');
        return `${names.trace}.csv`;
      }
      const scenario = snap.scene === 'graph' ? snap.graph : snap.network;
      const meta = {
        scene: snap.scene,
        language: snap.lang,
        cursor: snap.cursor,
        scenario,
        ...(snap.scene === 'graph' ? {} : { sample: snap.sample }),
      };
      downloadText(traceJson(meta, records), `${names.trace}.json`, 'application/json');
      return `${names.trace}.json`;
    }
    case 'numpy':
      downloadText(numpyScript(snap.network, snap.sample), 'backprop_network.py', 'text/x-python');
      return 'backprop_network.py';
  }
}
