import type { StandaloneSvg } from './standaloneSvg';

/**
 * Rasterises a standalone SVG document to PNG at `scale` times its size, through an image
 * loaded from a blob: URL (the page's Content-Security-Policy allows `img-src blob:`) and
 * a canvas. The SVG is drawn at the target size, so its lines and text stay sharp; the
 * pictures it keeps apart (a large network's wires) are drawn under it first.
 */
export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const { width, height } = svg;
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    // A large network's wires come apart from the SVG: under it, straight from their canvas.
    if (svg.background !== undefined) {
      context.fillStyle = svg.background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    for (const picture of svg.pictures ?? []) {
      const { x, y, width: w, height: h } = picture;
      context.drawImage(picture.image, x * scale, y * scale, w * scale, h * scale);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
