/**
 * Number formatting with units, shared by the UI, the CLI and the reports (one place, so "1.2 TB" reads the same
 * everywhere). Pure; English locale, thin spaces avoided for copy-paste.
 */
// Intl formatters are costly to build (a profile of the dashboard showed it): one per digit count / currency.
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();
const CURRENCY_FORMATS = new Map<string, Intl.NumberFormat>();

function nf(digits: number): Intl.NumberFormat {
  let f = NUMBER_FORMATS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    NUMBER_FORMATS.set(digits, f);
  }
  return f;
}

function currencyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let f = CURRENCY_FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: digits });
    CURRENCY_FORMATS.set(key, f);
  }
  return f;
}

export function formatNumber(x: number, digits = 0): string {
  return Number.isFinite(x) ? nf(digits).format(x) : "—";
}

/** Sensible precision: 3 significant figures below 100, integers above. */
export function formatCompact(x: number): string {
  if (!Number.isFinite(x)) return "—";
  const abs = Math.abs(x);
  if (abs === 0) return "0";
  if (abs >= 100) return formatNumber(Math.round(x));
  if (abs >= 10) return formatNumber(x, 1);
  if (abs >= 1) return formatNumber(x, 2);
  return formatNumber(x, 3);
}

/** GB → "740 GB", "1.2 TB", "16.1 TB" (decimal units). */
export function formatGb(gb: number): string {
  if (!Number.isFinite(gb)) return "—";
  if (Math.abs(gb) >= 1000) return `${formatNumber(gb / 1000, gb >= 10_000 ? 1 : 2)} TB`;
  return `${formatCompact(gb)} GB`;
}

export function formatUsd(usd: number, currency = "USD", rate = 1): string {
  if (!Number.isFinite(usd)) return "—";
  const value = usd * rate;
  return currencyFormat(currency, Math.abs(value) >= 100 ? 0 : 2).format(value);
}

export function formatTokensPerSecond(x: number): string {
  return `${formatCompact(x)} tok/s`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms >= 10_000) return `${formatNumber(ms / 1000, 1)} s`;
  return `${formatCompact(ms)} ms`;
}

export function formatPct(share: number, digits = 0): string {
  return Number.isFinite(share) ? `${formatNumber(share * 100, digits)}%` : "—";
}

export function formatWatts(w: number): string {
  return w >= 10_000 ? `${formatNumber(w / 1000, 1)} kW` : `${formatNumber(w)} W`;
}
