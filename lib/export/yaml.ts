import { Document, visit } from "yaml";

/**
 * YAML output of every exporter: the `yaml` library's serializer, never string concatenation, so any text from the
 * plan (labels, names, notes) is escaped whatever it holds.
 *
 * We emit YAML 1.1 rules: the consumers parse 1.1 (docker-compose 1.29 uses PyYAML; kubectl and Prometheus use
 * go-yaml), where plain `yes`, `on`, `0777` or `1:20` are booleans or numbers. In 1.1 mode the library quotes such
 * strings. PyYAML also gives plain `=` and `<<` special tags (value, merge), so those are quoted explicitly — `<<`
 * with an explicit `!!str` too, as the library's own 1.1 merge tag would otherwise print it plain.
 * `aliasDuplicateObjects: false` keeps shared JS objects from becoming anchors/aliases (which kustomize flattens
 * differently); `lineWidth: 0` never folds long strings, so files diff line by line.
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { version: "1.1", aliasDuplicateObjects: false });
  // Walking the document costs ~15% of the time; a JSON scan (much cheaper) says whether it is needed.
  const json = JSON.stringify(value) ?? "";
  if (!json.includes('"="') && !json.includes('"<<"'))
    return doc.toString({ lineWidth: 0, minContentWidth: 0 });
  visit(doc, {
    Scalar(_key, node) {
      if (node.value === "=") node.type = "QUOTE_DOUBLE";
      if (node.value === "<<") {
        node.type = "QUOTE_DOUBLE";
        node.tag = "tag:yaml.org,2002:str";
      }
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** Several documents in one file, separated by `---` (the Kubernetes multi-object convention). */
export function toYamlStream(values: unknown[]): string {
  return values.map((v) => toYaml(v)).join("---\n");
}

/** JSON files of the bundle: two-space indent and a final newline, key order as built (deterministic). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
