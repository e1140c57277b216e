/**
 * Sets `data-theme` on <html> before first paint: the stored choice, else the OS preference.
 * Inline on purpose (no flash of the wrong theme); it reads only localStorage and matchMedia.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  const code = `(function(){try{var t=localStorage.getItem("stackplan-theme");if(t!=="light"&&t!=="dark"){t=window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){}})();`;
  // The nonce of the page's Content-Security-Policy (proxy.ts): without it the browser refuses inline scripts.
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
