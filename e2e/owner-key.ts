/**
 * The owner key of the end-to-end server (test-only): the config sends it on every request of the `page` and
 * `request` fixtures; a visitor is a context made with `browser.newContext(VISITOR)`.
 */
export const E2E_OWNER_KEY = "e2e-owner-key-not-a-secret-0123456789";
export const OWNER_HEADERS = { authorization: `Bearer ${E2E_OWNER_KEY}` };

/**
 * Options of a context without the owner key. Playwright Test applies the config's `use` options to
 * `browser.newContext()` too, so a visitor must say so explicitly.
 */
export const VISITOR = { extraHTTPHeaders: {} };
