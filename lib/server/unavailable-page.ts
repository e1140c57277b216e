/**
 * The page a visitor gets instead of a shared plan when the link cannot be used: rate-limited (429), revoked or
 * expired (410). App Router pages cannot choose their status, so proxy.ts answers these itself with this small
 * self-contained page (its one <style> carries the response's CSP nonce). Wording as
 * components/plan/shared-link-unavailable.tsx, which the /s/<token> page still renders for a race (a link revoked
 * between the proxy's check and the page's load).
 */
export type UnavailableReason =
  | { kind: "revoked"; at: Date }
  | { kind: "expired"; at: Date }
  | { kind: "rate-limited"; retryAfterSeconds: number };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const formatDate = (at: Date) =>
  at.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC";

function wording(reason: UnavailableReason): { title: string; lines: string[] } {
  switch (reason.kind) {
    case "revoked":
      return {
        title: "This link has been revoked",
        lines: [
          `The owner of this plan stopped sharing it through this link on ${formatDate(reason.at)}.`,
          "Ask the plan's owner for a new link.",
        ],
      };
    case "expired":
      return {
        title: "This link has expired",
        lines: [
          `This share link was valid until ${formatDate(reason.at)}.`,
          "Ask the plan's owner for a new link.",
        ],
      };
    case "rate-limited":
      return {
        title: "Too many requests",
        lines: [
          `Too many links were opened from your network in a short time. Try again in ${reason.retryAfterSeconds} seconds.`,
        ],
      };
  }
}

export function unavailablePageHtml(reason: UnavailableReason, nonce: string): string {
  const { title, lines } = wording(reason);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · Stackplan</title>
<style nonce="${escapeHtml(nonce)}">
:root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; background: Canvas; color: CanvasText; }
main { max-width: 640px; margin: 12vh auto; padding: 0 24px; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 16px; }
a { color: LinkText; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}
<p><a href="/">Go to Stackplan</a></p>
</main>
</body>
</html>
`;
}
