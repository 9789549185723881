/** Browser-only helpers that turn a drawn chart into standalone SVG and PNG files. */

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a downloaded chart carries above the drawing, so the file reads on its own. */
export interface ExportHeading {
  title: string;
  caption: string;
}

function headingText(text: string, y: number, size: number, weight: string, colour: string) {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', '8');
  element.setAttribute('y', String(y));
  element.setAttribute(
    'style',
    `font-family:${getComputedStyle(document.body).fontFamily};font-size:${size}px;font-weight:${weight};fill:${colour}`,
  );
  element.textContent = text;
  return element;
}

/**
 * A self-contained copy of a drawn SVG: every element's computed colours and fonts are written
 * inline (CSS variables and page styles do not travel with a file), on the page's background,
 * with the chart's title and finding above it.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  heading?: ExportHeading,
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const top = heading ? 50 : 0;
  const height = Math.round(box.height) + top;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((element, i) => {
    const target = to[i];
    if (!target) return;
    const computed = getComputedStyle(element);
    target.setAttribute(
      'style',
      STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'),
    );
    target.removeAttribute('class');
  });
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(Math.round(box.height)));
  const outer = document.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const page = getComputedStyle(document.body);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', page.backgroundColor);
  outer.append(background);
  if (heading) {
    outer.append(headingText(heading.title, 20, 15, '700', page.color));
    outer.append(headingText(heading.caption, 40, 12, '400', page.color));
  }
  outer.append(clone);
  return { text: new XMLSerializer().serializeToString(outer), width, height };
}

/** Draws SVG text on a canvas at `scale` × size and returns it as a PNG blob. */
export async function svgToPng(
  text: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas in this browser');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
