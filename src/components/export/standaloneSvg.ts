import type { Caption } from './sceneText';
import { DIAGRAM_CHANGED } from './diagramChanged';
import { inSlices, type Slicing } from './slices';
import { isInvisible, styleAttributes, type StyleRecord } from './svgStyle';
import { wrapText, type Measure } from './wrapText';

const SVG_NS = 'http://www.w3.org/2000/svg';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** After the browser's next frame (its style and layout work done there), in a task after it. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The page's colours and font, for the background and the caption. */
export interface ExportTheme {
  readonly background: string;
  readonly ink: string;
  readonly muted: string;
  readonly line: string;
  readonly font: string;
}

export interface StandaloneOptions {
  readonly caption: Caption;
  readonly theme: ExportTheme;
  /** The computed style of an element of the live diagram (getComputedStyle in the app). */
  readonly styleOf: (element: Element) => StyleRecord;
  /** Measures caption text at CAPTION_FONT_SIZE (a canvas in the app, an estimate in tests). */
  readonly measure: Measure;
  /** How reading the styles shares the page (slices.ts); a slice at a time by default. */
  readonly slicing?: Slicing;
  /** A canvas layer's picture as a data URL (PNG by `toBlob` in the app). */
  readonly imageOf?: (canvas: HTMLCanvasElement) => Promise<string>;
  /**
   * Canvas layers as pictures kept apart (for a PNG, drawn straight onto its canvas)
   * instead of embedded: the SVG then has no background and no picture, and the result's
   * `pictures` and `background` say what goes under it. Encoding the wires of 12 × 64 as a
   * data URL, parsing it back as part of the SVG and decoding it again took about 90 ms of
   * the export's longest task.
   */
  readonly pictureOf?: (canvas: HTMLCanvasElement) => Promise<CanvasImageSource>;
}

/** A picture to draw under the SVG, in its coordinates (CSS pixels). */
export interface UnderPicture {
  readonly image: CanvasImageSource;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StandaloneSvg {
  readonly text: string;
  /** Size in CSS pixels: the diagram's own size (its viewBox), plus the caption below. */
  readonly width: number;
  readonly height: number;
  /** With `pictureOf`: the colour to fill first, then these pictures, then the SVG. */
  readonly background?: string;
  readonly pictures?: readonly UnderPicture[];
}

export const CAPTION_FONT_SIZE = 15;
const HEADING_SIZE = 15;
const CREDIT_SIZE = 12;
const LINE_HEIGHT = 1.45;
const PAD = 20;

/** Attributes that only make sense in the live, interactive page. */
const INTERACTIVE = /^(on.*|tabindex|role|focusable|aria-.*|pointer-events|cursor|style)$/i;

/** Parts of a live diagram that an image leaves out: the D3 layers of moving tokens. */
const LEFT_OUT = '.flow-layer';

/**
 * The diagram `source` as a standalone SVG document (read a slice at a time: it rejects
 * with {@link DiagramChangedError} if the diagram changes meanwhile): computed styles written on every
 * element as presentation attributes, interactive attributes and animations removed, an
 * explicit size, a background, and a caption under it (the step and its narration). The
 * engine's test hooks (`data-testid` with full-precision `data-*` values) are kept: they
 * make the file's numbers machine-readable.
 */
export async function standaloneSvg(
  source: SVGSVGElement,
  options: StandaloneOptions,
): Promise<StandaloneSvg> {
  const doc = source.ownerDocument;
  const box = viewBoxOf(source);
  const slicing = options.slicing ?? {};
  const layers: SVGSVGElement[] = [];
  const apart: CanvasImageSource[] = [];
  /** Each canvas layer's data URL, written into the text after it is serialised. */
  const embedded: string[] = [];
  // The layers under the diagram are a few hundred elements: the progress is the diagram's.
  for (const underlay of underlaysOf(source)) {
    if (underlay.localName === 'canvas') {
      const canvas = underlay as HTMLCanvasElement;
      if (options.pictureOf !== undefined) {
        apart.push(await options.pictureOf(canvas));
        continue;
      }
      embedded.push(await (options.imageOf ?? canvasImage)(canvas));
      layers.push(imageLayer(doc, box, embedded.length - 1));
      continue;
    }
    layers.push(await styledClone(underlay, options.styleOf, { ...slicing, progress: undefined }));
  }
  // The clone of the diagram waits for the next task after the layers' (each was 15 ms of
  // one 120 ms task on 12 × 64).
  if (layers.length > 0) await (slicing.pause ?? nextTask)();
  const clone = await styledClone(source, options.styleOf, slicing);
  const clones = [...layers, clone];
  const width = round(box.width);
  const diagramHeight = round(box.height);

  const caption = layoutCaption(options.caption, width, options.measure);
  const height = diagramHeight + caption.height;

  const root = doc.createElementNS(SVG_NS, 'svg');
  setAll(root, {
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': source.getAttribute('aria-label') ?? options.caption.heading,
  });
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = [options.caption.heading, options.caption.sentence].join(' ').trim();
  root.append(title);
  const pictured = options.pictureOf !== undefined;
  // With pictures apart the background is filled under them, not painted over them.
  if (!pictured)
    root.append(
      element(doc, 'rect', { width: '100%', height: '100%', fill: options.theme.background }),
    );

  // The diagram (and each layer under it) keeps its own coordinates in a nested <svg>
  // with the diagram's viewBox.
  for (const clone of clones) {
    setAll(clone, {
      x: '0',
      y: '0',
      width: String(width),
      height: String(diagramHeight),
      viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
      overflow: 'hidden',
    });
    root.append(clone);
  }
  root.append(drawCaption(doc, caption, options.theme, width, diagramHeight));

  // Writing out a large diagram is tens of milliseconds of its own.
  await (slicing.pause ?? nextTask)();
  const xml = embedPictures(
    new (doc.defaultView ?? window).XMLSerializer().serializeToString(root),
    embedded,
  );
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
  if (!pictured) return { text, width, height };
  // Each canvas layer covers the diagram's box, which the nested <svg> maps onto
  // (0, 0, width, diagramHeight).
  const pictures = apart.map((image) => ({ image, x: 0, y: 0, width, height: diagramHeight }));
  return { text, width, height, background: options.theme.background, pictures };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The diagram's own coordinate box: its viewBox, else its width and height, else its layout size. */
export function viewBoxOf(svg: SVGSVGElement): Box {
  const parts = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [x = 0, y = 0, w = NaN, h = NaN] = parts;
  if (parts.length === 4 && w > 0 && h > 0) return { x, y, width: w, height: h };
  const rect = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || rect.width || 300;
  const height = Number(svg.getAttribute('height')) || rect.height || 150;
  return { x: 0, y: 0, width, height };
}

/** The live diagram changed while its styles were being read: its clone no longer matches. */
export class DiagramChangedError extends Error {
  constructor() {
    super('the diagram changed while it was being exported');
    this.name = DIAGRAM_CHANGED;
  }
}

/**
 * The layers drawn under the diagram on screen, with its size and viewBox: its siblings
 * marked `data-underlay` (a large network's wires: an SVG, WireLayer), or such a canvas in
 * a sibling box (drawn coarse, WireCanvas). An image has them under it.
 */
function underlaysOf(source: SVGSVGElement): Element[] {
  const siblings = [...(source.parentElement?.children ?? [])].filter((e) => e !== source);
  return siblings.flatMap((e) => {
    if ((e.localName === 'svg' || e.localName === 'canvas') && e.hasAttribute('data-underlay'))
      return [e];
    return [...e.querySelectorAll(':scope > canvas[data-underlay]')];
  });
}

/** How long an export waits for a canvas still being painted before taking what it has. */
const PAINT_WAIT_MS = 20_000;

/**
 * Settles once `canvas` is not being painted (`data-drawn` is not "false": the wire
 * painter's worker has put its latest frame on it), or after PAINT_WAIT_MS.
 */
function whenPainted(canvas: HTMLCanvasElement): Promise<void> {
  if (canvas.getAttribute('data-drawn') !== 'false') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (canvas.getAttribute('data-drawn') !== 'false') done();
    });
    observer.observe(canvas, { attributes: true, attributeFilter: ['data-drawn'] });
    const timer = setTimeout(done, PAINT_WAIT_MS);
  });
}

/**
 * A canvas's picture as it is once painted, copied (the live canvas may be painted again
 * before the PNG is drawn).
 */
export async function canvasPicture(canvas: HTMLCanvasElement): Promise<CanvasImageSource> {
  await whenPainted(canvas);
  return createImageBitmap(canvas);
}

/** A canvas's picture as a PNG data URL, encoded off the main thread (toBlob). */
async function canvasImage(canvas: HTMLCanvasElement): Promise<string> {
  await whenPainted(canvas);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) {
        reject(new Error('the canvas could not be encoded'));
        return;
      }
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('the canvas could not be read'));
      reader.readAsDataURL(blob);
    }, 'image/png');
  });
}

/**
 * The attribute that marks where picture `index`'s data URL goes in the serialised SVG.
 * A canvas layer's picture is megabytes of data URL: set on an element, the serialiser
 * scans and copies it again, which on 12 × 64 was most of the export's longest task
 * (68–95 ms). It is spliced into the text afterwards instead, as the image's `href`
 * (base64 needs no escaping in an attribute). A marker, not a placeholder `href`: an
 * image given any other address starts loading it, which the page's CSP refuses aloud.
 */
function pictureMark(index: number): string {
  return ` data-picture="${index}"`;
}

/** The serialised SVG with each picture's mark replaced by its data URL as `href`. */
function embedPictures(xml: string, pictures: readonly string[]): string {
  let text = xml;
  pictures.forEach((url, index) => {
    text = text.split(pictureMark(index)).join(` href="${url}"`);
  });
  return text;
}

/** A layer holding one picture over the whole diagram box (the viewBox is set with the others). */
function imageLayer(doc: Document, box: Box, picture: number): SVGSVGElement {
  const layer = doc.createElementNS(SVG_NS, 'svg');
  layer.append(
    element(doc, 'image', {
      x: String(box.x),
      y: String(box.y),
      width: String(box.width),
      height: String(box.height),
      preserveAspectRatio: 'none',
      'data-picture': String(picture),
    }),
  );
  return layer;
}

/**
 * A copy of `source` (the diagram, or an SVG layer under it) with its computed styles
 * written on every element, its interactive attributes stripped and what draws nothing
 * removed. Copying and reading 20 computed properties of each of a large network's
 * elements takes up to a second: both are done a slice at a time, and if the live
 * diagram changes in between (a step), this rejects with {@link DiagramChangedError}.
 */
async function styledClone(
  source: Element,
  styleOf: (element: Element) => StyleRecord,
  slicing: Slicing,
): Promise<SVGSVGElement> {
  // Records are handed to the callback at the next microtask checkpoint, inside a pause.
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(source, {
    subtree: true,
    attributes: true,
    childList: true,
    characterData: true,
  });
  const { pause = nextTask } = slicing;
  const checked = async (wait: () => Promise<void>) => {
    await wait();
    if (changed || observer.takeRecords().length > 0) throw new DiagramChangedError();
  };
  try {
    const walk = await cloneInSlices(source, () => checked(pause));
    // The first computed style recalculates the page's styles (the export menu has just
    // changed it: 50 ms on 12 × 64): the browser does it in its next frame instead, in a
    // task of its own, and the styles are read after it.
    await checked(slicing.pause ?? nextFrame);
    await inlineStyles(walk, styleOf, { ...slicing, pause: () => checked(pause) });
    return walk.to[0] as SVGSVGElement;
  } finally {
    observer.disconnect();
  }
}

/**
 * A diagram and its copy, both in document order, each element with its parent's index,
 * the index just past its subtree (to skip what an invisible element holds), and whether
 * it is inside `defs` or a marker.
 */
interface Walk {
  readonly from: readonly Element[];
  readonly to: readonly Element[];
  readonly parentOf: readonly number[];
  readonly end: readonly number[];
  readonly inDefs: readonly boolean[];
}

/** Slices of the copy are about this long; between them, `pause`. */
const CLONE_SLICE_MS = 12;

/**
 * Copies `source` an element at a time (a deep `cloneNode` of a 12 × 64 network's 7,300
 * elements was 55 ms in one task), pausing every few milliseconds.
 */
async function cloneInSlices(source: Element, pause: () => Promise<void>): Promise<Walk> {
  const from: Element[] = [source];
  const to: Element[] = [source.cloneNode(false) as Element];
  const parentOf: number[] = [-1];
  const end: number[] = [1];
  const inDefs: boolean[] = [false];
  const childDefsOf = (defs: boolean, e: Element) =>
    defs || e.localName === 'defs' || e.localName === 'marker';
  const stack = [{ index: 0, next: 0, childDefs: childDefsOf(false, source) }];
  let deadline = performance.now() + CLONE_SLICE_MS;
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    const a = from[top.index] as Element;
    const b = to[top.index] as Element;
    const child = a.childNodes[top.next++];
    if (child === undefined) {
      end[top.index] = from.length;
      stack.pop();
      continue;
    }
    if (!(child instanceof (a.ownerDocument.defaultView ?? window).Element)) {
      b.appendChild(child.cloneNode(true));
      continue;
    }
    const copy = child.cloneNode(false) as Element;
    b.appendChild(copy);
    const index = from.length;
    from.push(child);
    to.push(copy);
    parentOf.push(top.index);
    inDefs.push(top.childDefs);
    end.push(index + 1);
    stack.push({ index, next: 0, childDefs: childDefsOf(top.childDefs, child) });
    if (performance.now() >= deadline) {
      await pause();
      deadline = performance.now() + CLONE_SLICE_MS;
    }
  }
  return { from, to, parentOf, end, inDefs };
}

/**
 * Writes each element's computed style on its copy, strips the interactive attributes,
 * and removes what draws nothing, a slice at a time.
 */
async function inlineStyles(
  walk: Walk,
  styleOf: (element: Element) => StyleRecord,
  slicing: Slicing,
): Promise<void> {
  const { from, to, parentOf, end, inDefs } = walk;
  const clone = to[0];
  const styles: (StyleRecord | undefined)[] = new Array<StyleRecord | undefined>(from.length);
  const doomed: Element[] = [];
  let skipUntil = 0;
  await inSlices(
    from.length,
    (i) => {
      if (i < skipUntil) return;
      const a = from[i] as Element;
      const b = to[i] as Element;
      const style = styleOf(a);
      if (!inDefs[i] && (a.matches(LEFT_OUT) || isInvisible(a.localName, style))) {
        doomed.push(b);
        skipUntil = end[i] ?? i + 1;
        return;
      }
      styles[i] = style;
      const parent = styles[parentOf[i] ?? -1];
      const attributes = styleAttributes(style, parent, (name) => a.hasAttribute(name));
      for (const name of [...b.getAttributeNames()])
        if (INTERACTIVE.test(name) && b !== clone) b.removeAttribute(name);
      for (const [name, value] of Object.entries(attributes)) b.setAttribute(name, value);
    },
    slicing,
  );
  if (clone !== undefined)
    for (const name of [...clone.getAttributeNames()])
      if (INTERACTIVE.test(name)) clone.removeAttribute(name);
  for (const element of doomed) element.remove();
}

interface CaptionLayout {
  readonly heading: string;
  readonly credit: string;
  readonly lines: readonly string[];
  readonly height: number;
}

/** Wraps the caption to the diagram's width; its height follows from the number of lines. */
export function layoutCaption(caption: Caption, width: number, measure: Measure): CaptionLayout {
  const lines = caption.sentence === '' ? [] : wrapText(caption.sentence, width - 2 * PAD, measure);
  const lineHeight = CAPTION_FONT_SIZE * LINE_HEIGHT;
  const height = Math.ceil(PAD + HEADING_SIZE * LINE_HEIGHT + lines.length * lineHeight + PAD);
  return { heading: caption.heading, credit: caption.credit, lines, height };
}

function drawCaption(
  doc: Document,
  caption: CaptionLayout,
  theme: ExportTheme,
  width: number,
  top: number,
): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g');
  setAll(g, {
    class: 'export-caption',
    'font-family': theme.font,
    fill: theme.ink,
    stroke: 'none',
    'text-anchor': 'start',
  });
  g.append(
    element(doc, 'line', {
      x1: String(PAD),
      x2: String(width - PAD),
      y1: String(top + 0.5),
      y2: String(top + 0.5),
      stroke: theme.line,
      'stroke-width': '1',
    }),
  );
  const baseline = top + PAD + HEADING_SIZE;
  const heading = element(doc, 'text', {
    x: String(PAD),
    y: String(baseline),
    'font-size': String(HEADING_SIZE),
    'font-weight': '700',
  });
  heading.textContent = caption.heading;
  const credit = element(doc, 'text', {
    x: String(width - PAD),
    y: String(baseline),
    'font-size': String(CREDIT_SIZE),
    'text-anchor': 'end',
    fill: theme.muted,
  });
  credit.textContent = caption.credit;
  g.append(heading, credit);
  caption.lines.forEach((line, i) => {
    const text = element(doc, 'text', {
      x: String(PAD),
      y: String(round(baseline + (i + 1) * CAPTION_FONT_SIZE * LINE_HEIGHT + 4)),
      'font-size': String(CAPTION_FONT_SIZE),
    });
    text.textContent = line;
    g.append(text);
  });
  return g;
}

function element(doc: Document, tag: string, attributes: Record<string, string>): SVGElement {
  const el = doc.createElementNS(SVG_NS, tag);
  setAll(el, attributes);
  return el;
}

function setAll(el: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
}
