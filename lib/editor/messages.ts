import type { Text } from "./notices";

/** Toasts and screen-reader announcements: one list, shown visually and read by the live regions. */
export interface EditorMessage {
  id: number;
  /** A notice (rendered in the reader's language by components/editor/toasts.tsx) or an already-translated text. */
  text: Text;
  /** "error" messages are announced assertively (role="alert"), the rest politely. */
  tone: "info" | "success" | "error";
  /** What to do about it (shown under the text, and read with it). */
  detail?: Text;
}

/** How many toasts stay on screen at once; older ones drop off. */
export const MAX_MESSAGES = 3;

export function pushMessage(
  list: EditorMessage[],
  message: Omit<EditorMessage, "id">,
  id: number,
): EditorMessage[] {
  return [...list, { ...message, id }].slice(-MAX_MESSAGES);
}
