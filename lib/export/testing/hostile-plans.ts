import fc from "fast-check";
import { parsePlanOrThrow } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate, TEMPLATE_IDS, type TemplateId } from "../../templates";

/** Texts that break naive YAML, Markdown, CSV, shell or template generation. */
export const HOSTILE_TEXTS = [
  "Ünïcødé: {a: b} # not a comment\n- x",
  "yes",
  "on",
  "=",
  "<<",
  "1:20",
  "0777",
  "~",
  "null",
  "{{ .Value }} }}{{",
  "$HOME ${PATH} $$",
  "=cmd|'/c calc'!A1",
  "| a | b |\n---",
  "<script>alert(1)</script>",
  "`rm -rf /` && echo",
  "\"quoted\", 'single'",
  "--- !!python/object:os.system",
  "   leading and trailing   ",
  "日本語のラベル 🚀",
  "a\r\nb\tc",
];

export interface PlanVariation {
  template: TemplateId;
  users: number;
  name: string;
  label: string;
  notes: string;
  ids: string[];
  prefix: string;
  environment: PlanDocument["metadata"]["environment"];
  replicaBump: number;
  /** Node labels to cycle through instead of `label` (several hostile texts in one plan). */
  labels?: string[];
}

const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ minLength: 1, maxLength: 60 }));
const label = text.map((s) => (s.trim() ? s.slice(0, 80) : "x"));
const elementId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

export const planVariation: fc.Arbitrary<PlanVariation> = fc.record({
  template: fc.constantFrom(...TEMPLATE_IDS),
  users: fc.integer({ min: 1, max: 20_000 }),
  name: label.map((s) => s.slice(0, 120)),
  label,
  notes: text,
  ids: fc.uniqueArray(elementId, { minLength: 20, maxLength: 20, selector: (s) => s.toLowerCase() }),
  prefix: fc.stringMatching(/^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$/),
  environment: fc.constantFrom("dev", "staging", "production"),
  replicaBump: fc.integer({ min: 0, max: 3 }),
});

/**
 * A valid plan from a template with everything a user may type replaced: plan name and description, node labels and
 * notes, zone labels, node ids (edges follow), the namespace prefix, the environment and replica counts.
 */
export function variedPlan(v: PlanVariation): PlanDocument {
  const base = buildTemplate(v.template, { users: v.users });
  const rename = new Map(base.nodes.map((n, i) => [n.id, v.ids[i % v.ids.length]!]));
  return parsePlanOrThrow({
    ...base,
    metadata: {
      ...base.metadata,
      name: v.name,
      description: v.notes,
      namespacePrefix: v.prefix,
      environment: v.environment,
    },
    zones: base.zones.map((z) => ({ ...z, label: v.label })),
    nodes: base.nodes.map((n, i) => {
      const replicas = n.replicas + v.replicaBump;
      return {
        ...n,
        id: rename.get(n.id)!,
        label: v.labels ? v.labels[i % v.labels.length]! : i % 2 ? v.label : `${v.label.slice(0, 70)} ${i}`,
        notes: v.notes,
        replicas: n.autoscale ? Math.min(replicas, n.autoscale.maxReplicas) : replicas,
      };
    }),
    edges: base.edges.map((e) => ({ ...e, source: rename.get(e.source)!, target: rename.get(e.target)! })),
  });
}
