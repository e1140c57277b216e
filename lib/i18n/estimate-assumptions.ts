import type { EstimateAssumption } from "../engine/llm/assumptions";
import type { Locale } from "./locale";
import { looseTranslator } from "./translate";

/** Figures as the engine writes them ("0.9", "12.34"); in French with a decimal comma ("0,9", "12,34"). */
const DECIMAL = /^-?\d+\.\d+$/;

function figure(value: string | number, locale: Locale): string {
  const text = String(value);
  return locale === "fr" && DECIMAL.test(text) ? text.replace(".", ",") : text;
}

/**
 * An estimate's assumptions in `locale` (messages/<locale>/estimateAssumptions.json, `<code>` filled with the
 * figures): what the inspector lists under a serving node. The codes are the engine's (lib/engine/llm/assumptions.ts);
 * in English the text is exactly the estimate's `assumptions`. Figures are passed as text, as the engine writes them
 * (no digit grouping, so "8192 tokens" reads the same as in the API), with a decimal comma in French.
 */
export function renderEstimateAssumptions(items: readonly EstimateAssumption[], locale: Locale): string[] {
  const t = looseTranslator(locale, "estimateAssumptions");
  return items.map((a) => {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(a.params)) values[key] = figure(value, locale);
    // Where the efficiency figures come from: its own message (the engine's note is English).
    if (a.code === "efficiency") values.note = t(`efficiencyNotes.${a.params.noteCode}`, values);
    return t(a.code, values);
  });
}
