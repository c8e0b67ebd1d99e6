import { downloadBlob, downloadParts, downloadText } from './download';
import { numpyScript } from './numpyScript';
import { svgToPng } from './png';
import type { ExportSnapshot, SceneExportText } from './sceneText';
import type { Slicing } from './slices';
import {
  canvasPicture,
  CAPTION_FONT_SIZE,
  DiagramChangedError,
  standaloneSvg,
  type ExportTheme,
} from './standaloneSvg';
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

function diagramSvg(
  snap: ExportSnapshot,
  text: SceneExportText,
  svg: SVGSVGElement,
  slicing: Slicing,
  /** For a PNG: canvas layers are kept apart, drawn straight onto the PNG's canvas. */
  forPng = false,
) {
  const theme = readTheme(svg.ownerDocument);
  const caption = text.caption(snap);
  return standaloneSvg(svg, {
    // While practice asks the step's value, the caption says what to compute instead.
    caption: snap.asked === undefined ? caption : { ...caption, sentence: snap.asked },
    theme,
    styleOf: (element) => readStyle(getComputedStyle(element)),
    measure: canvasMeasure(theme.font),
    slicing,
    ...(forPng ? { pictureOf: canvasPicture } : {}),
  });
}

/** Attempts at a diagram export that the diagram keeps changing under (it is re-read each time). */
const DIAGRAM_ATTEMPTS = 3;

/** What an export is of: the state's snapshot and the live diagram, taken when asked. */
export interface ExportSource {
  readonly snap: ExportSnapshot;
  readonly diagram: SVGSVGElement | null;
}

/**
 * The diagram of the state as a standalone SVG, read a slice at a time; if the page steps
 * meanwhile, the state and the diagram are taken again (`take`), up to
 * {@link DIAGRAM_ATTEMPTS} times.
 */
async function currentDiagramSvg(
  first: ExportSource,
  take: () => ExportSource,
  text: SceneExportText,
  forPng: boolean,
  progress?: (done: number) => void,
) {
  let source = first;
  for (let attempt = 1; ; attempt++) {
    const { snap, diagram } = source;
    if (diagram === null) throw new Error('no diagram');
    try {
      return { svg: await diagramSvg(snap, text, diagram, { progress }, forPng), snap };
    } catch (error) {
      if (!(error instanceof DiagramChangedError) || attempt >= DIAGRAM_ATTEMPTS) throw error;
      source = take();
    }
  }
}

/**
 * Runs one export of the state in `snap`, in the words of its scene (`text`), and starts its
 * download. Returns the file name. The diagram exports need the live diagram (its computed
 * styles): `null` means this scene has none.
 */
export async function runExport(
  kind: ExportKind,
  /** The state and the diagram when the export was asked for. */
  first: ExportSource,
  /** Takes them again, if the diagram changes while it is read. */
  take: () => ExportSource,
  text: SceneExportText,
  /** How far a long export is (0 … 1), a few times a second. */
  progress?: (done: number) => void,
): Promise<string> {
  const { snap } = first;
  const names = text.baseNames(snap);
  switch (kind) {
    case 'svg':
    case 'png': {
      const drawn = await currentDiagramSvg(first, take, text, kind === 'png', progress);
      const { svg } = drawn;
      const file = text.baseNames(drawn.snap).diagram;
      if (kind === 'svg') {
        // A large diagram's text is megabytes: made into a file in a task of its own, not
        // in the one that wrote it out (together 90–130 ms on 12 × 64).
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        downloadText(svg.text, `${file}.svg`, 'image/svg+xml');
        return `${file}.svg`;
      }
      downloadBlob(await svgToPng(svg, 2), `${file}.png`);
      return `${file}.png`;
    }
    case 'csv':
    case 'json': {
      // Describing the steps is most of the work; writing them out, the rest.
      const records = await traceRecords(snap.trace, text.describer(snap), {
        progress: (done) => progress?.(done * 0.8),
      });
      const rest = { progress: (done: number) => progress?.(0.8 + done * 0.2) };
      if (kind === 'csv') {
        await downloadParts(await traceCsv(records, rest), `${names.trace}.csv`, 'text/csv');
        return `${names.trace}.csv`;
      }
      const { scenario } = snap;
      const meta = {
        scene: snap.scene,
        language: snap.lang,
        cursor: snap.cursor,
        scenario,
        // The example the trace walks through, for a network's trace.
        ...(scenario.kind === 'network' ? { sample: snap.sample } : {}),
      };
      await downloadParts(
        await traceJson(meta, records, rest),
        `${names.trace}.json`,
        'application/json',
      );
      return `${names.trace}.json`;
    }
    case 'numpy':
      downloadText(numpyScript(snap.network, snap.sample), 'backprop_network.py', 'text/x-python');
      return 'backprop_network.py';
  }
}
