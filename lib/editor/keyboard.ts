/**
 * Keyboard shortcuts as data: "Mod+Shift+Z" means Cmd+Shift+Z on macOS and Ctrl+Shift+Z elsewhere; "Ctrl" is Ctrl
 * everywhere. Symbol keys ("?", "+") match whatever Shift it takes to type them on the user's layout.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface Shortcut {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(text: string): Shortcut {
  // The plus key itself: "+" alone, or "Mod++".
  const plus = text === "+" || text.endsWith("++");
  const key = plus ? "+" : text.slice(text.lastIndexOf("+") + 1);
  const head = plus ? text.slice(0, -2) : text.slice(0, Math.max(0, text.lastIndexOf("+")));
  const mods = new Set(head ? head.split("+") : []);
  return {
    key,
    mod: mods.has("Mod"),
    ctrl: mods.has("Ctrl"),
    shift: mods.has("Shift"),
    alt: mods.has("Alt"),
  };
}

const isLetterOrDigit = (k: string) => /^[a-z0-9]$/i.test(k);

export function matchesShortcut(event: KeyLike, shortcut: Shortcut | string, isMac: boolean): boolean {
  const s = typeof shortcut === "string" ? parseShortcut(shortcut) : shortcut;
  if (event.key.toLowerCase() !== s.key.toLowerCase()) return false;
  const wantCtrl = s.ctrl || (s.mod && !isMac);
  const wantMeta = s.mod && isMac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== s.alt) return false;
  // Named keys and letters: Shift must match. Symbols: the layout decides whether Shift is needed.
  return isLetterOrDigit(s.key) || s.key.length > 1 ? event.shiftKey === s.shift : true;
}

/** How a shortcut reads in the UI ("⌘⇧Z" on macOS, "Ctrl+Shift+Z" elsewhere). */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const s = parseShortcut(shortcut);
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  if (isMac) {
    return `${s.ctrl ? "⌃" : ""}${s.alt ? "⌥" : ""}${s.shift ? "⇧" : ""}${s.mod ? "⌘" : ""}${key}`;
  }
  return [s.ctrl || s.mod ? "Ctrl" : "", s.alt ? "Alt" : "", s.shift ? "Shift" : "", key]
    .filter(Boolean)
    .join("+");
}

/** Shortcuts must not fire while the user types in a field (except the ones that say so, like Escape). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return Boolean(el.closest("input, textarea, select, [contenteditable='true']"));
}

export function detectMac(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}
