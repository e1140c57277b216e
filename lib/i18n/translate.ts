import { createTranslator } from "use-intl/core";
import type { Locale } from "./locale";
import { MESSAGES, type Namespace } from "./messages";

/**
 * A translator over the same catalogs as the UI, for pure code (chart data, reports, the PDF, the CLI): next-intl's
 * own ICU formatter (use-intl/core), without React. UTC keeps dates identical on server and client.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "UTC" });
}

/** A translator for messages chosen at run time (finding codes, action ids): no compile-time key check. */
export type LooseTranslate = (key: string, values?: Record<string, string | number>) => string;

/** `translator` for keys known only at run time, with `has` to fall back when a key is absent. */
export function looseTranslator(
  locale: Locale,
  namespace: Namespace,
): LooseTranslate & { has: (key: string) => boolean } {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as Record<string, unknown>,
    namespace,
    timeZone: "UTC",
  }) as unknown as LooseTranslate & { has: (key: string) => boolean };
  return t;
}
