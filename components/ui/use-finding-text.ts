"use client";

import { useLocale } from "next-intl";
import type { Finding } from "@/lib/engine/report-schema";
import { renderFinding, type RenderedFinding } from "@/lib/i18n/findings";

/** A finding's message and fix in the interface language (lib/i18n/findings.ts; the engine's text as fallback). */
export function useFindingText(): (finding: Finding) => RenderedFinding {
  const locale = useLocale();
  return (finding) => renderFinding(finding, locale);
}
