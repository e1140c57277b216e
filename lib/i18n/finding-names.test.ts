import { describe, expect, it } from "vitest";
import {
  catalogIds,
  CLOUD_MODEL_LIST,
  FRAMEWORK_LIST,
  HARDWARE,
  INTERCONNECT_LIST,
  MODEL_LIST,
  PRECISION_LIST,
  PRODUCT_LIST,
  type CatalogKind,
} from "../catalog";
import { evaluate } from "../engine/evaluate";
import type { PlanDocument } from "../plan/plan-schema";
import { findingFixturePlans } from "./finding-fixtures";
import { renderFinding } from "./findings";

/**
 * People read findings: they must name components by their label and catalog entries by their name, never by an
 * internal id ("lb", "hgx-h100-4", "q4_k_m") or a document path (`serving.product`, `backupBandwidthGbps`).
 */

/** Ids that are also ordinary words of the messages ("data" zone, "embeddings" node, "monitoring"). */
const PLAIN_WORDS = new Set(["data", "services", "management", "embeddings", "monitoring", "frontend"]);

const CATALOG: [CatalogKind, readonly { id: string; name: string }[]][] = [
  ["hardware", HARDWARE],
  ["product", PRODUCT_LIST],
  ["model", MODEL_LIST],
  ["precision", PRECISION_LIST],
  ["framework", FRAMEWORK_LIST],
  ["interconnect", INTERCONNECT_LIST],
  ["cloud-model", CLOUD_MODEL_LIST],
];

/** Catalog ids whose name is not the id itself (an entry named by its id, "gpt-oss-120b", is its own name). */
const catalogIdsToAvoid = CATALOG.flatMap(([kind, list]) =>
  catalogIds(kind).filter((id) => !list.some((e) => e.id === id && e.name.startsWith(id))),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `id` as a whole token: not inside a longer word, id or file name. */
const token = (id: string) => new RegExp(`(?<![\\w.\\-/])${escape(id)}(?![\\w\\-/]|\\.\\w)`);
/** camelCase document fields (backupBandwidthGbps) and dotted paths (serving.product). */
const FIELD_PATH =
  /\b[a-z]+(?:[A-Z][a-z]+)+\b|\b(?:serving|cloud|gpu|autoscale|resources|metadata|workload|slos|costs|constraints)\.[a-z]\w*/;

function leaks(text: string, plan: PlanDocument): string[] {
  const planIds = [
    ...plan.nodes.map((n) => n.id),
    ...plan.zones.map((z) => z.id),
    ...plan.edges.map((e) => e.id),
  ];
  const ids = [...planIds, ...catalogIdsToAvoid].filter((id) => !PLAIN_WORDS.has(id));
  const found = ids.filter((id) => token(id).test(text));
  const path = text.match(FIELD_PATH);
  return path ? [...found, path[0]] : found;
}

const plans = findingFixturePlans();

describe("finding messages name things as people read them", () => {
  it("the fixtures raise a broad set of findings (the scan below means something)", () => {
    const codes = new Set(plans.flatMap((p) => evaluate(p).findings.map((f) => f.code)));
    expect(codes.size).toBeGreaterThanOrEqual(30);
  });

  it.each(["en", "fr"] as const)(
    "no rendered finding shows a node, zone, edge or catalog id (%s)",
    (locale) => {
      const bad: string[] = [];
      for (const plan of plans) {
        for (const f of evaluate(plan).findings) {
          const r = renderFinding(f, locale);
          const found = leaks(`${r.message} ${r.fix}`, plan);
          if (found.length) bad.push(`${f.code}: ${found.join(", ")} — ${r.message} / ${r.fix}`);
        }
      }
      expect([...new Set(bad)]).toEqual([]);
    },
  );
});
