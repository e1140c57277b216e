"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { COMPONENTS } from "@/lib/catalog/components";
import { nodeCostUsd } from "@/lib/editor/cost-badges";
import { useEditor, useEditorUi } from "@/lib/editor/editor-context";
import { formatUsd } from "@/lib/format";
import type { ComponentFlowNode } from "@/lib/editor/flow";
import { headlineFigure } from "@/lib/editor/lod";
import { nodeSummary, nodeTitle } from "./node-summary";
import styles from "./canvas.module.css";

/**
 * A platform component on the canvas: icon, name, hardware/replica summary and a badge with the worst finding; at
 * low zoom (canvas.module.css `[data-lod="compact"]`) a large name and one headline figure.
 * It subscribes to its own status only (never to the nodes array), so a drag re-renders the dragged node alone.
 */
function ComponentNodeView({ id, data, selected }: NodeProps<ComponentFlowNode>) {
  const node = data.node;
  const spec = COMPONENTS[node.kind];
  const status = useEditor((s) => s.nodeStatus[id]);
  const t = useTranslations("canvas.status");
  // A string: the node re-renders only when its own figure changes.
  const headline = useEditor((s) => headlineFigure(s.report, id));
  return (
    <div
      className={`${styles.node} ${selected ? styles.selected : ""}`}
      data-category={spec.category}
      data-status={status ?? "ok"}
      title={nodeTitle(node)}
    >
      <Handle type="target" position={Position.Left} className={styles.handle} />
      <span className={styles.icon} aria-hidden="true">
        {spec.icon}
      </span>
      <span className={styles.text}>
        <span className={styles.label} data-label="">
          {node.label}
        </span>
        <span className={styles.summary}>{nodeSummary(node)}</span>
        {/* Shown instead of the summary at low zoom (level of detail, pure CSS). */}
        {headline && <span className={styles.headline}>{headline}</span>}
      </span>
      <CostBadge nodeId={id} />
      {status && (
        <span className={`${styles.status} ${styles[status]}`} data-testid="node-status">
          {t(status)}
        </span>
      )}
      <Handle type="source" position={Position.Right} className={styles.handle} />
    </div>
  );
}

/**
 * The node's monthly cost (its share of the plan's monthly cost with CAPEX amortised) in the plan's currency and
 * the interface's locale, when the cost badges are on. Subscribes to its own number only.
 */
function CostBadge({ nodeId }: { nodeId: string }) {
  const on = useEditorUi((s) => s.costBadges);
  const usd = useEditor((s) => (on ? nodeCostUsd(s, nodeId) : undefined));
  const currency = useEditor((s) => s.doc.metadata.currency);
  const rate = useEditor((s) => s.doc.metadata.usdToCurrencyRate);
  const locale = useLocale();
  const t = useTranslations("canvas.costBadge");
  if (usd === undefined) return null;
  const amount = formatUsd(usd, currency, rate, locale);
  return (
    <span className={styles.cost} data-testid="node-cost" title={t("title", { amount })}>
      {t("perMonth", { amount })}
    </span>
  );
}

export const ComponentNode = memo(ComponentNodeView);
