export { diagramSvg, escapeXml, type DiagramSvgOptions } from "./svg";
export { diagramLayout, type DiagramLayout } from "./geometry";
export { pngSize, svgSize } from "./raster";
