import { COMPONENTS } from "../catalog/components";
import type { Report } from "../engine/report-schema";
import { formatCompact, formatGb, formatTokensPerSecond } from "../format";

/**
 * Level of detail on the canvas. Below DETAIL_ZOOM a component node drops its icon and summary lines and shows its
 * name large plus one headline figure; from DETAIL_ZOOM up, the full node. The large label is sized in CSS from the
 * zoom (`compactLabelPx`) so that it renders at LABEL_TARGET_PX on screen as long as it fits the node.
 */
export const DETAIL_ZOOM = 0.9;

/** The on-screen size a compact label aims for, px (readable; above the 11 px floor of issue 14). */
export const LABEL_TARGET_PX = 13;
/** The largest label the 180 × 72 node holds (in flow px): about 11 characters of a 28 px font. */
export const LABEL_MAX_FLOW_PX = 28;
/** The detail-mode label size, flow px (canvas.module.css `.node` font-size). */
export const LABEL_DETAIL_FLOW_PX = 12;

export const isCompact = (zoom: number) => zoom < DETAIL_ZOOM;

/**
 * The label's font size in flow px at `zoom`: LABEL_TARGET_PX on screen, capped at LABEL_MAX_FLOW_PX (so below
 * 13 / 28 ≈ 0.46× the label shrinks with the zoom), never smaller than the detail size.
 */
export function compactLabelPx(zoom: number): number {
  if (!(zoom > 0)) throw new RangeError(`zoom must be > 0, got ${zoom}`);
  return Math.max(LABEL_DETAIL_FLOW_PX, Math.min(LABEL_MAX_FLOW_PX, LABEL_TARGET_PX / zoom));
}

/** Rendered (screen) label size at `zoom`, px. */
export function renderedLabelPx(zoom: number): number {
  return (isCompact(zoom) ? compactLabelPx(zoom) : LABEL_DETAIL_FLOW_PX) * zoom;
}

/**
 * The lowest zoom at which the compact label still renders at ≥ `minPx` on screen (issue 14: 11 px). A default fit
 * below it is clamped up to it (the canvas then pans instead of showing unreadable text).
 */
export function minReadableZoom(minPx = 11): number {
  return minPx / LABEL_MAX_FLOW_PX;
}

/**
 * The one figure a compact node shows: a serving node's capacity (output tok/s within its SLOs), a data store's
 * provisioned storage (all replicas), otherwise the CPU cores it runs (all replicas). `null` before the first report or for a node the report
 * does not size (a cloud API has no capacity: it shows its routed demand).
 */
export function headlineFigure(report: Report | null, nodeId: string): string | null {
  if (!report) return null;
  const serving = report.serving.find((s) => s.nodeId === nodeId);
  if (serving) {
    return serving.mode === "cloud"
      ? `${formatTokensPerSecond(serving.demandOutputTokensPerSecond)} routed`
      : formatTokensPerSecond(serving.capacityOutputTokensPerSecond);
  }
  const component = report.components.find((c) => c.nodeId === nodeId);
  if (!component) return null;
  const category = COMPONENTS[component.kind as keyof typeof COMPONENTS]?.category;
  if (category === "Data") return formatGb(component.totalStorageGb);
  return `${formatCompact(component.totalCpuCores)} cores`;
}
