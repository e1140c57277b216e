/**
 * A small syntax highlighter for the bundle preview (no highlighting library is installed): YAML, JSON, Markdown and
 * CSV are split into tokens by line-level rules. Lossless — the tokens' texts concatenate to the input — so the
 * preview shows exactly the file that is downloaded.
 */
export type TokenKind =
  "plain" | "key" | "string" | "number" | "keyword" | "comment" | "punct" | "heading" | "code";
export interface Token {
  kind: TokenKind;
  text: string;
}
export type Language = "yaml" | "json" | "markdown" | "csv" | "text";

export function languageOf(path: string): Language {
  if (/\.ya?ml$/.test(path)) return "yaml";
  if (path.endsWith(".json")) return "json";
  if (path.endsWith(".md")) return "markdown";
  if (path.endsWith(".csv")) return "csv";
  return "text";
}

const YAML_KEYWORD = /^(true|false|yes|no|on|off|null|~)$/i;
const NUMBER = /^-?(\d+(\.\d+)?([eE][+-]?\d+)?)$/;

function yamlValue(text: string, out: Token[]): void {
  const m = text.match(/^(\s*)(.*?)(\s*)$/s)!;
  if (m[1]) out.push({ kind: "plain", text: m[1] });
  const v = m[2]!;
  if (v) {
    const kind: TokenKind = /^(["']).*\1$/.test(v)
      ? "string"
      : NUMBER.test(v)
        ? "number"
        : YAML_KEYWORD.test(v)
          ? "keyword"
          : /^[|>][-+]?$/.test(v)
            ? "punct"
            : "string";
    out.push({ kind, text: v });
  }
  if (m[3]) out.push({ kind: "plain", text: m[3] });
}

function yamlLine(line: string, out: Token[]): void {
  if (/^\s*#/.test(line)) return void out.push({ kind: "comment", text: line });
  if (/^---\s*$/.test(line)) return void out.push({ kind: "punct", text: line });
  const lead = line.match(/^(\s*)(- )?/)!;
  if (lead[1]) out.push({ kind: "plain", text: lead[1] });
  if (lead[2]) out.push({ kind: "punct", text: lead[2] });
  let rest = line.slice(lead[0].length);
  const key = rest.match(/^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'#][^:#]*?)(:)(\s|$)/);
  if (key) {
    out.push({ kind: "key", text: key[1]! }, { kind: "punct", text: key[2]! });
    rest = rest.slice(key[1]!.length + 1);
  }
  if (rest) yamlValue(rest, out);
}

function jsonTokens(text: string): Token[] {
  const out: Token[] = [];
  const re =
    /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: "plain", text: text.slice(last, m.index) });
    if (m[1] !== undefined) {
      out.push({ kind: m[2] ? "key" : "string", text: m[1] });
      if (m[2]) out.push({ kind: "punct", text: m[2] });
    } else if (m[3] !== undefined) out.push({ kind: "number", text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: "keyword", text: m[4] });
    else out.push({ kind: "punct", text: m[5]! });
    last = re.lastIndex;
  }
  if (last < text.length) out.push({ kind: "plain", text: text.slice(last) });
  return out;
}

function markdownLine(line: string, out: Token[]): void {
  if (/^#{1,6}\s/.test(line)) return void out.push({ kind: "heading", text: line });
  const re = /(`+)(.*?)\1|(\*\*[^*]+\*\*)|(^\s*[-*]\s|^\s*\d+\.\s|\|)/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    if (m.index > last) out.push({ kind: "plain", text: line.slice(last, m.index) });
    out.push({ kind: m[1] ? "code" : m[3] ? "keyword" : "punct", text: m[0] });
    last = re.lastIndex;
  }
  if (last < line.length) out.push({ kind: "plain", text: line.slice(last) });
}

function csvLine(line: string, header: boolean, out: Token[]): void {
  const re = /("(?:[^"]|"")*"|[^,]*)(,?)/g;
  let column = 0;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    if (m[1]) out.push({ kind: header ? "key" : column % 2 ? "string" : "plain", text: m[1] });
    if (m[2]) out.push({ kind: "punct", text: m[2] });
    column++;
    if (!m[0]) re.lastIndex++;
  }
}

/** Tokens of a file's text for the given language (plain text is one token). */
export function highlight(text: string, language: Language): Token[] {
  if (language === "json") return jsonTokens(text);
  if (language === "text") return text ? [{ kind: "plain", text }] : [];
  const out: Token[] = [];
  const lines = text.split(/(\r?\n)/);
  let lineNo = 0;
  for (const part of lines) {
    if (part === "\n" || part === "\r\n") {
      out.push({ kind: "plain", text: part });
      continue;
    }
    if (part === "") continue;
    if (language === "yaml") yamlLine(part, out);
    else if (language === "markdown") markdownLine(part, out);
    else csvLine(part, lineNo === 0, out);
    lineNo++;
  }
  return out;
}
