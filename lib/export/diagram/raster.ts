/**
 * Size of the PNG drawn from a diagram SVG: its own size times `scale` (2 = sharp on high-density screens and in
 * slides), capped so neither side passes `maxSidePx` (browsers refuse canvases much beyond 16,384 px).
 */
export function pngSize(
  svgSize: { width: number; height: number },
  scale = 2,
  maxSidePx = 8192,
): { width: number; height: number } {
  const factor = Math.min(scale, maxSidePx / svgSize.width, maxSidePx / svgSize.height);
  return {
    width: Math.max(1, Math.round(svgSize.width * factor)),
    height: Math.max(1, Math.round(svgSize.height * factor)),
  };
}

/** The width and height attributes of a diagram SVG (what diagramSvg writes). */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!(width > 0) || !(height > 0)) throw new Error("the SVG has no width and height attributes");
  return { width, height };
}
