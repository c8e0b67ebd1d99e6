import type { Caption } from './sceneText';
import { isInvisible, styleAttributes, type StyleRecord } from './svgStyle';
import { wrapText, type Measure } from './wrapText';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
}

export interface StandaloneSvg {
  readonly text: string;
  /** Size in CSS pixels: the diagram's own size (its viewBox), plus the caption below. */
  readonly width: number;
  readonly height: number;
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
 * The diagram `source` as a standalone SVG document: computed styles written on every
 * element as presentation attributes, interactive attributes and animations removed, an
 * explicit size, a background, and a caption under it (the step and its narration). The
 * engine's test hooks (`data-testid` with full-precision `data-*` values) are kept: they
 * make the file's numbers machine-readable.
 */
export function standaloneSvg(source: SVGSVGElement, options: StandaloneOptions): StandaloneSvg {
  const doc = source.ownerDocument;
  const box = viewBoxOf(source);
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone, options.styleOf);
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
  root.append(
    element(doc, 'rect', { width: '100%', height: '100%', fill: options.theme.background }),
  );

  // The diagram keeps its own coordinates in a nested <svg> with its viewBox.
  setAll(clone, {
    x: '0',
    y: '0',
    width: String(width),
    height: String(diagramHeight),
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    overflow: 'hidden',
  });
  root.append(clone);
  root.append(drawCaption(doc, caption, options.theme, width, diagramHeight));

  const xml = new (doc.defaultView ?? window).XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
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

/**
 * Walks the live diagram and its clone side by side (they have the same shape), writes
 * each element's computed style on the clone, strips the interactive attributes, and
 * removes what draws nothing.
 */
function inlineStyles(
  source: Element,
  clone: Element,
  styleOf: (element: Element) => StyleRecord,
): void {
  const doomed: Element[] = [];
  const visit = (from: Element, to: Element, parent: StyleRecord | undefined, inDefs: boolean) => {
    const style = styleOf(from);
    const tag = from.localName;
    if (!inDefs && (from.matches(LEFT_OUT) || isInvisible(tag, style))) {
      doomed.push(to);
      return;
    }
    const attributes = styleAttributes(style, parent, (name) => from.hasAttribute(name));
    for (const name of [...to.getAttributeNames()])
      if (INTERACTIVE.test(name) && to !== clone) to.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) to.setAttribute(name, value);
    const fromChildren = from.children;
    const toChildren = to.children;
    for (let i = 0; i < fromChildren.length; i++) {
      const a = fromChildren[i];
      const b = toChildren[i];
      if (a !== undefined && b !== undefined)
        visit(a, b, style, inDefs || tag === 'defs' || tag === 'marker');
    }
  };
  visit(source, clone, undefined, false);
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
