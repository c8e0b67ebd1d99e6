// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DIAGRAM_CHANGED } from './diagramChanged';
import type { Slicing } from './slices';
import {
  DiagramChangedError,
  layoutCaption,
  standaloneSvg,
  viewBoxOf,
  type ExportTheme,
} from './standaloneSvg';
import type { StyleRecord } from './svgStyle';
import { estimateWidth } from './wrapText';

const theme: ExportTheme = {
  background: '#ffffff',
  ink: '#1a202c',
  muted: '#5a6473',
  line: '#d5dae1',
  font: 'system-ui, sans-serif',
};

const ROOT: StyleRecord = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'stroke-width': '1px',
  'font-family': 'system-ui, sans-serif',
  'font-size': '16px',
  'text-anchor': 'start',
  opacity: '1',
  display: 'inline',
  visibility: 'visible',
};

/** A stand-in for getComputedStyle: the root's style plus each element's data-style JSON. */
function styleOf(element: Element): StyleRecord {
  let style: StyleRecord = ROOT;
  const chain: Element[] = [];
  for (let e: Element | null = element; e !== null; e = e.parentElement) chain.unshift(e);
  for (const e of chain) {
    const own = JSON.parse(e.getAttribute('data-style') ?? '{}') as StyleRecord;
    style = { ...style, opacity: '1', ...own };
  }
  return style;
}

function diagram(): SVGSVGElement {
  document.body.innerHTML = `
    <main class="scene">
      <svg class="network-diagram" viewBox="0 0 400 200" role="group" aria-label="The network"
           style="min-width: 300px">
        <defs><marker id="arrow"><path d="M0 0 L10 5 z" data-style='{"fill":"rgb(1, 2, 3)"}'/></marker></defs>
        <g data-testid="neuron-3-0" data-a="0.6177047777553412" role="button" tabindex="0"
           aria-label="Neuron 5" class="node neuron write">
          <title>Neuron 5</title>
          <circle r="20" class="shape" data-style='{"fill":"color(srgb 1 1 1)","stroke":"rgb(15, 118, 110)","stroke-width":"4px"}'/>
          <text class="value" font-size="13" data-style='{"font-size":"16px","font-weight":"700","text-anchor":"middle"}'>0.618</text>
        </g>
        <g class="edge" data-testid="edge-0-0-0" role="button" tabindex="0">
          <line class="hit" x2="10" data-style='{"stroke":"rgba(0, 0, 0, 0)","stroke-width":"24px"}'/>
          <line class="wire" x2="10" data-style='{"stroke":"rgb(33, 102, 172)","opacity":"0.75"}'/>
        </g>
        <text class="hidden" data-style='{"display":"none"}'>gone</text>
        <g class="flow-layer" aria-hidden="true"><circle r="3" data-style='{"fill":"red"}'/></g>
      </svg>
    </main>`;
  const svg = document.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no svg');
  return svg;
}

const caption = {
  heading: 'Step 13 of 61 · Cost',
  sentence:
    'The outputs meet the targets: this is the cost C of the example. Backpropagation now finds how C changes with every z, starting from here.',
  credit: 'Backprop Circuit',
};

async function build(slicing?: Slicing) {
  const source = diagram();
  const result = await standaloneSvg(source, {
    caption,
    theme,
    styleOf,
    measure: estimateWidth(15),
    ...(slicing !== undefined ? { slicing } : {}),
  });
  const doc = new DOMParser().parseFromString(result.text, 'image/svg+xml');
  return { source, result, doc, root: doc.documentElement };
}

describe('standalone SVG', () => {
  it('is a well-formed SVG document with an explicit size: the diagram plus its caption', async () => {
    const { result, doc, root } = await build();
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(result.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(result.width).toBe(400);
    expect(result.height).toBeGreaterThan(200);
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe(String(result.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${result.height}`);
    const background = root.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    const nested = root.querySelector(':scope > svg');
    expect(nested?.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(nested?.getAttribute('height')).toBe('200');
  });

  it('writes computed styles as presentation attributes, only where they change', async () => {
    const { root } = await build();
    const nested = root.querySelector(':scope > svg');
    expect(nested?.getAttribute('font-family')).toBe('system-ui, sans-serif');
    expect(nested?.getAttribute('fill')).toBe('rgb(0, 0, 0)');
    const circle = root.querySelector('[data-testid="neuron-3-0"] circle');
    expect(circle?.getAttribute('fill')).toBe('rgb(255, 255, 255)');
    expect(circle?.getAttribute('stroke')).toBe('rgb(15, 118, 110)');
    expect(circle?.getAttribute('stroke-width')).toBe('4px');
    expect(circle?.hasAttribute('font-family')).toBe(false);
    const text = root.querySelector('[data-testid="neuron-3-0"] .value');
    // The stylesheet's 16px wins over the element's own font-size="13".
    expect(text?.getAttribute('font-size')).toBe('16px');
    expect(text?.getAttribute('font-weight')).toBe('700');
    expect(text?.getAttribute('text-anchor')).toBe('middle');
    expect(text?.textContent).toBe('0.618');
    expect(root.querySelector('.wire')?.getAttribute('opacity')).toBe('0.75');
    expect(root.querySelector('marker path')?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
  });

  it('drops what draws nothing, the moving tokens and the interactive attributes', async () => {
    const { root, result } = await build();
    expect(root.querySelector('.hit')).toBeNull();
    expect(root.querySelector('.hidden')).toBeNull();
    expect(root.querySelector('.flow-layer')).toBeNull();
    expect(result.text).not.toMatch(/tabindex|role="button"| style=/);
    const neuron = root.querySelector('[data-testid="neuron-3-0"]');
    expect(neuron?.getAttribute('data-a')).toBe('0.6177047777553412');
    expect(neuron?.hasAttribute('aria-label')).toBe(false);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('The network');
  });

  it('leaves the live diagram untouched', async () => {
    const { source } = await build();
    expect(source.querySelector('.hit')).not.toBeNull();
    expect(source.querySelector('[data-testid="neuron-3-0"]')?.getAttribute('tabindex')).toBe('0');
    expect(source.querySelector('circle')?.hasAttribute('fill')).toBe(false);
  });

  it('puts the caption below the diagram: heading, credit and the wrapped sentence', async () => {
    const { root, result } = await build();
    const texts = [...root.querySelectorAll('.export-caption text')];
    expect(texts[0]?.textContent).toBe(caption.heading);
    expect(texts[0]?.getAttribute('font-weight')).toBe('700');
    expect(texts[1]?.textContent).toBe('Backprop Circuit');
    expect(texts[1]?.getAttribute('text-anchor')).toBe('end');
    const lines = texts.slice(2).map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(caption.sentence);
    const ys = texts.map((t) => Number(t.getAttribute('y')));
    for (const y of ys) expect(y).toBeGreaterThan(200);
    for (const y of ys) expect(y).toBeLessThan(result.height - 10);
    expect(root.querySelector('title')?.textContent).toContain(caption.heading);
  });
});

describe('a large diagram, read a slice at a time', () => {
  /** A clock that moves 100 ms at each reading: every element is a slice of its own. */
  const slow = () => {
    let t = 0;
    return () => (t += 100);
  };

  it('writes the same file as at once, telling how far it is', async () => {
    const whole = (await build()).result.text;
    const seen: number[] = [];
    let pauses = 0;
    const sliced = await build({
      now: slow(),
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
      progress: (done) => seen.push(done),
    });
    expect(sliced.result.text).toBe(whole);
    expect(pauses).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('draws the layers marked data-underlay under the diagram, with its viewBox and their styles', async () => {
    const source = diagram();
    const under = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    under.setAttribute('data-underlay', 'true');
    under.setAttribute('aria-hidden', 'true');
    under.setAttribute('viewBox', '0 0 400 200');
    under.innerHTML = `<path class="bundle" d="M0 0L10 10M5 0L5 10" data-style='{"stroke":"rgb(9, 8, 7)"}'/>`;
    source.before(under);
    // A sibling that is not marked stays out.
    source.after(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    const result = await standaloneSvg(source, {
      caption,
      theme,
      styleOf,
      measure: estimateWidth(15),
    });
    const root = new DOMParser().parseFromString(result.text, 'image/svg+xml').documentElement;
    const nested = [...root.querySelectorAll(':scope > svg')];
    expect(nested).toHaveLength(2);
    const [first, second] = nested;
    expect(first?.querySelector('.bundle')?.getAttribute('stroke')).toBe('rgb(9, 8, 7)');
    expect(first?.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(first?.hasAttribute('aria-hidden')).toBe(false);
    expect(second?.querySelector('[data-testid="neuron-3-0"]')).not.toBeNull();
  });

  it('draws a canvas marked data-underlay as a picture over the diagram box, under it', async () => {
    const source = diagram();
    const canvas = document.createElement('canvas');
    canvas.setAttribute('data-underlay', 'true');
    source.before(canvas);
    const seen: Element[] = [];
    const result = await standaloneSvg(source, {
      caption,
      theme,
      styleOf,
      measure: estimateWidth(15),
      imageOf: (c) => {
        seen.push(c);
        return Promise.resolve('data:image/png;base64,AAAA');
      },
    });
    expect(seen).toEqual([canvas]);
    const root = new DOMParser().parseFromString(result.text, 'image/svg+xml').documentElement;
    const [first, second] = [...root.querySelectorAll(':scope > svg')];
    const image = first?.querySelector('image');
    expect(image?.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['400', '200']);
    expect(first?.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(second?.querySelector('[data-testid="neuron-3-0"]')).not.toBeNull();
  });

  it('splices each canvas layer’s data URL into its own picture, after serialising', async () => {
    const source = diagram();
    const canvases = Array.from({ length: 11 }, () => {
      const canvas = document.createElement('canvas');
      canvas.setAttribute('data-underlay', 'true');
      source.before(canvas);
      return canvas;
    });
    const result = await standaloneSvg(source, {
      caption,
      theme,
      styleOf,
      measure: estimateWidth(15),
      imageOf: (c) => Promise.resolve(`data:image/png;base64,${canvases.indexOf(c)}AAA`),
    });
    const root = new DOMParser().parseFromString(result.text, 'image/svg+xml').documentElement;
    const hrefs = [...root.querySelectorAll('image')].map((i) => i.getAttribute('href'));
    expect(hrefs).toEqual(canvases.map((_, i) => `data:image/png;base64,${i}AAA`));
    expect(result.text).not.toContain('data-picture');
  });

  it('keeps a canvas layer apart for a PNG: no picture and no background in the SVG, both said', async () => {
    const source = diagram();
    const canvas = document.createElement('canvas');
    canvas.setAttribute('data-underlay', 'true');
    source.before(canvas);
    const picture = document.createElement('canvas');
    const result = await standaloneSvg(source, {
      caption,
      theme,
      styleOf,
      measure: estimateWidth(15),
      pictureOf: (c) => Promise.resolve(c === canvas ? picture : c),
    });
    const root = new DOMParser().parseFromString(result.text, 'image/svg+xml').documentElement;
    expect(root.querySelector('image')).toBeNull();
    expect(root.querySelector(':scope > rect')).toBeNull();
    expect(root.querySelectorAll(':scope > svg')).toHaveLength(1);
    expect(result.background).toBe(theme.background);
    expect(result.pictures).toEqual([{ image: picture, x: 0, y: 0, width: 400, height: 200 }]);
  });

  it('stops with DiagramChangedError when the live diagram changes between slices', async () => {
    const source = diagram();
    let pauses = 0;
    const run = standaloneSvg(source, {
      caption,
      theme,
      styleOf,
      measure: estimateWidth(15),
      slicing: {
        now: slow(),
        pause: async () => {
          pauses += 1;
          // A step of the page, between two slices.
          if (pauses === 2) source.querySelector('.value')?.replaceChildren('0.7');
          await Promise.resolve();
        },
      },
    });
    await expect(run).rejects.toBeInstanceOf(DiagramChangedError);
    await expect(run).rejects.toHaveProperty('name', DIAGRAM_CHANGED);
  });
});

describe('caption layout', () => {
  it('grows with the number of lines; no sentence, no lines', () => {
    const short = layoutCaption({ ...caption, sentence: 'Short.' }, 800, estimateWidth(15));
    const long = layoutCaption(caption, 300, estimateWidth(15));
    const none = layoutCaption({ ...caption, sentence: '' }, 800, estimateWidth(15));
    expect(short.lines).toEqual(['Short.']);
    expect(long.lines.length).toBeGreaterThan(2);
    expect(long.height).toBeGreaterThan(short.height);
    expect(none.lines).toEqual([]);
    expect(none.height).toBeLessThan(short.height);
  });

  it('reads the diagram box from the viewBox, or falls back to width and height', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '-10 5 300 120');
    expect(viewBoxOf(svg)).toEqual({ x: -10, y: 5, width: 300, height: 120 });
    svg.removeAttribute('viewBox');
    svg.setAttribute('width', '640');
    svg.setAttribute('height', '480');
    expect(viewBoxOf(svg)).toEqual({ x: 0, y: 0, width: 640, height: 480 });
  });
});
