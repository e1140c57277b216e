/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted (quotes doubled); text cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR at the start) get a leading apostrophe. Lines end with CRLF.
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
