"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type CSSProperties } from "react";
import type { RiskBadge as Risk } from "./comparison-data";
import styles from "./scenarios.module.css";

export interface RiskBadgeProps {
  /** The risk: short label, severity (colour and icon) and the finding's full message (the tooltip). */
  risk: Risk;
}

const CLASS: Record<Risk["severity"], string> = {
  error: "badge badge-error",
  warning: "badge badge-warning",
  info: "badge badge-info",
};
const ICON: Record<Risk["severity"], string> = { error: "✕", warning: "▲", info: "i" };
/** Widest tooltip, px (kept inside the viewport). */
const TIP_WIDTH = 300;

/**
 * A short risk badge ("macOS limits") whose full message is its accessible description and shows in a tooltip on
 * hover and on keyboard focus. The tooltip is fixed-positioned (so the scrolling comparison table does not clip it),
 * stays open while the pointer is over it and closes with Escape (WCAG 1.4.13).
 */
export function RiskBadge({ risk }: RiskBadgeProps) {
  const t = useTranslations("scenarios.risk");
  const tipId = useId();
  const badge = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState<CSSProperties | null>(null);

  const open = () => {
    const r = badge.current?.getBoundingClientRect();
    if (!r) return;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - TIP_WIDTH - 8));
    const below = r.bottom + 120 < window.innerHeight;
    setPosition(
      below
        ? { position: "fixed", left, top: r.bottom, paddingTop: 4 }
        : { position: "fixed", left, bottom: window.innerHeight - r.top, paddingBottom: 4 },
    );
  };
  const close = () => setPosition(null);

  return (
    <span className={styles.risk} onMouseEnter={open} onMouseLeave={close}>
      <span
        ref={badge}
        className={`${CLASS[risk.severity]} ${styles.riskBadge}`}
        tabIndex={0}
        aria-describedby={tipId}
        onFocus={open}
        onBlur={close}
        onKeyDown={(e) => {
          if (e.key === "Escape" && position) {
            e.stopPropagation();
            close();
          }
        }}
      >
        <span aria-hidden="true">{ICON[risk.severity]} </span>
        {risk.label}
        <span className="visually-hidden"> ({t(`severity.${risk.severity}`)})</span>
      </span>
      {/* Always in the DOM (it is the badge's description); shown only while open. */}
      <span id={tipId} role="tooltip" className={styles.riskTipWrap} style={position ?? { display: "none" }}>
        <span className={styles.riskTip}>{risk.message}</span>
      </span>
    </span>
  );
}
