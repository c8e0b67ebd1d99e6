/**
 * Which computed CSS properties an exported SVG needs written on its elements, so that it
 * looks the same without the app's stylesheet. They are written as SVG presentation
 * attributes (fill="…"), which any SVG reader understands and no Content-Security-Policy
 * blocks, unlike style="…".
 */

/** Inherited properties: written where they differ from the parent's. */
export const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Properties that are not inherited, with their initial values (not worth writing). */
export const OWN_PROPERTIES: Readonly<Record<string, string>> = { opacity: '1' };

/** A computed style, as far as the export reads it. */
export type StyleRecord = Readonly<Record<string, string>>;

export const READ_PROPERTIES: readonly string[] = [
  ...INHERITED_PROPERTIES,
  ...Object.keys(OWN_PROPERTIES),
  'display',
  'visibility',
];

/** Reads the properties the export needs from a computed style. */
export function readStyle(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): StyleRecord {
  const record: Record<string, string> = {};
  for (const name of READ_PROPERTIES) record[name] = style.getPropertyValue(name).trim();
  return record;
}

/**
 * The presentation attributes element `own` needs, given its parent's computed style
 * (`undefined` for the root, which gets every inherited property). `present` names the
 * attributes the element already carries: those are always rewritten with the computed
 * value, because the stylesheet may have overridden them.
 */
export function styleAttributes(
  own: StyleRecord,
  parent: StyleRecord | undefined,
  present: (name: string) => boolean = () => false,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of INHERITED_PROPERTIES) {
    const value = own[name];
    if (value === undefined || value === '') continue;
    if (parent === undefined || parent[name] !== value || present(name))
      out[name] = normalizeColor(value);
  }
  for (const [name, initial] of Object.entries(OWN_PROPERTIES)) {
    const value = own[name];
    if (value !== undefined && value !== '' && (value !== initial || present(name)))
      out[name] = value;
  }
  return out;
}

/** True when the element draws nothing: not displayed, hidden or fully transparent. */
export function isInvisible(tag: string, style: StyleRecord): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  if (style.opacity === '0') return true;
  const noStroke = isClear(style.stroke) || style['stroke-opacity'] === '0';
  const noFill = isClear(style.fill) || style['fill-opacity'] === '0';
  if (tag === 'line') return noStroke;
  if (SHAPES.has(tag)) return noStroke && noFill;
  return false;
}

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon', 'polyline']);

function isClear(paint: string | undefined): boolean {
  if (paint === undefined || paint === 'none' || paint === 'transparent') return true;
  return /^rgba\(.*,\s*0\)$/.test(paint) || /\/\s*0\)$/.test(paint);
}

/**
 * Colours as every SVG reader understands them. Browsers compute `color-mix()` to
 * `color(srgb r g b)`, which older readers (and some editors) do not know; that becomes
 * `rgb()`. Everything else is left as it is.
 */
export function normalizeColor(value: string): string {
  return value.replace(
    /color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+%?))?\s*\)/g,
    (_whole, r: string, g: string, b: string, alpha: string | undefined) => {
      const channel = (c: string) => Math.round(Math.min(1, Math.max(0, Number(c))) * 255);
      const rgb = `${channel(r)}, ${channel(g)}, ${channel(b)}`;
      if (alpha === undefined) return `rgb(${rgb})`;
      const a = alpha.endsWith('%') ? Number(alpha.slice(0, -1)) / 100 : Number(alpha);
      return a >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${a})`;
    },
  );
}
