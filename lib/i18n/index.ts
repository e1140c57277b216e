/** Languages of the interface and documents: pure helpers shared by the UI, the report, the PDF and the CLI. */
export {
  renderDescriptionParts,
  renderExclusion,
  renderOptionDescription,
  renderOptionReasons,
} from "./advisor";
export { renderFinding, type RenderedFinding } from "./findings";
export { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, negotiateLocale, type Locale } from "./locale";
export { MESSAGES, messagesFor, NAMESPACES, type Messages, type Namespace } from "./messages";
export { looseTranslator, translator } from "./translate";
