import type { Locale } from "../i18n/locale";
import { looseTranslator } from "../i18n/translate";
import type { StackChange } from "../plan/serving-stack";

/**
 * What the editor tells the user (toasts, live regions, undo/redo labels) as pure descriptors: a message code and
 * its parameters, rendered in the reader's language by the UI (messages/<locale>/notices.json). lib/editor stays
 * free of React and of a locale; names (component labels, catalog names) travel as parameters, never ids.
 */

type Empty = Record<string, never>;

/** Every notice and the parameters its message takes (kept in step with messages/en/notices.json). */
export interface NoticeParams {
  added: { component: string; zone: string; created: "yes" | "no"; subnet: string };
  addedOutside: { component: string };
  addLabel: { component: string };
  dropWrongZone: { component: string; want: string; zone: string };
  dropOutside: { component: string; zone: string };
  notAdded: { reason: Text };
  connected: { source: string; target: string; port: number };
  connectLabel: { source: string; target: string };
  connectRefused: { reason: Text };
  deleted: { elements: number; connections: number };
  deleteLabel: Empty;
  copied: { count: number };
  pasted: { count: number };
  pasteLabel: Empty;
  nothingToPaste: Empty;
  duplicated: { count: number };
  duplicateLabel: Empty;
  layoutNothing: Empty;
  layoutDone: { mode: "all" | "missing" };
  layoutLabel: { mode: "all" | "missing" };
  moveLabel: { count: number };
  resizeZoneLabel: Empty;
  fixApplied: { fix: Text };
  fixRefused: { reason: Text };
  fixLabel: { fix: Text };
  fixReplicas: { component: string; replicas: number; was: number };
  fixAdd: { component: string };
  fixGone: Empty;
  fixUnknownKind: { kind: string };
  fixProduct: { component: string; product: string };
  fixUnknownProduct: { product: string };
  bulkLabel: { field: "replicas" | "zoneId" | "product"; count: number };
  bulkDone: { edit: Text };
  bulkDoneStack: { edit: Text; stack: Text };
  stackOfNode: { component: string; changes: Text };
  stackChange: { field: StackChange["field"]; from: string; to: string };
  list2: { first: Text; rest: Text };
  /** A list whose items hold commas themselves: "a; b". */
  listSemi: { first: Text; rest: Text };
  switched: { what: string; changes: Text };
  undone: { action: Text };
  redone: { action: Text };
  viewOnly: Empty;
  snap: { on: "yes" | "no" };
  costBadges: { on: "yes" | "no" };
  exportedJson: Empty;
  advisorApplied: { option: string };
  advisorApplyLabel: { option: string };
  scenarioApplyLabel: { scenario: string };
  useLabel: { choice: string };
  /** `field`: the field's name, already in the reader's language (lib/plan/diff-names fieldPathLabel). */
  editLabel: { field: string };
  nowUses: { component: string; choice: string };
  scenarioApplied: { scenario: string };
  changeZoneLabel: Empty;
  advisorConstraintsLabel: Empty;
  advisorSaveLabel: Empty;
  removeScenarioLabel: Empty;
  addReferenceScenariosLabel: Empty;
  captureLabel: { scenario: string };
  connectGone: Empty;
  connectGoneFix: Empty;
  connectSelf: { component: string };
  connectSelfFix: Empty;
  connectSameKind: { from: string };
  connectSameKindFix: { api: string; postgres: string };
  connectDenied: { from: string; to: string };
  connectDeniedFix: {
    way: "reverse" | "callers" | "none";
    from: string;
    to: string;
    callers: string;
    callerCount: number;
  };
  connectPort: { from: string; to: string; ports: string; port: number };
  connectPortFix: { firstPort: number };
  /** `ports`: all but the last port, ", "-separated; `many`: whether there is more than one. */
  connectDuplicate: { source: string; target: string; many: "yes" | "no"; ports: string; last: string };
  connectDuplicateFix: Empty;
  /** A bulk edit one node refuses: the node and why (a notice, or a validator's sentence). */
  bulkRefused: { component: string; reason: Text };
  bulkFieldRefused: { component: string; field: "replicas" | "zoneId" | "product"; error: string };
  bulkUnknownProduct: Empty;
  productNoAccelerator: { product: string };
  modelWrongNode: { model: string; kind: "llm" | "embedding" };
}

export type NoticeCode = keyof NoticeParams;

export type Notice = { [C in NoticeCode]: { code: C; params: NoticeParams[C] } }[NoticeCode];

/**
 * A message's text: a notice (rendered in the reader's language), or a string already in it (a translated message
 * a component built, a server's or validator's message, a user-given name).
 */
export type Text = string | Notice;

export function notice<C extends NoticeCode>(
  code: C,
  ...params: NoticeParams[C] extends Empty ? [] : [NoticeParams[C]]
): Notice {
  return { code, params: params[0] ?? {} } as Notice;
}

/** A list of texts as nested notices: "a, b, c" (`list2`) or "a; b" (`listSemi`); "" when empty. */
export function textList(items: readonly Text[], code: "list2" | "listSemi" = "list2"): Text {
  if (items.length === 0) return "";
  return items.reduceRight((rest, first) => notice(code, { first, rest }));
}

/** "framework llama.cpp → vLLM, precision GGUF Q4_K_M → FP8" as a notice. */
export function stackChangesText(changes: readonly StackChange[]): Text {
  return textList(changes.map((c) => notice("stackChange", { ...c })));
}

/** A translator of the `notices` namespace: next-intl's `useTranslations("notices")` or use-intl's core one. */
export type NoticeTranslate = (key: string, values?: Record<string, string | number>) => string;

/** A text in the translator's language; notice parameters that are notices themselves are rendered first. */
export function formatText(text: Text, t: NoticeTranslate): string {
  if (typeof text === "string") return text;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(text.params as Record<string, Text | number>))
    values[key] = typeof value === "number" ? value : formatText(value, t);
  return t(text.code, values);
}

/** `formatText` in `locale`, outside React (tests, logs). */
export function textIn(text: Text, locale: Locale): string {
  return formatText(text, looseTranslator(locale, "notices") as NoticeTranslate);
}
