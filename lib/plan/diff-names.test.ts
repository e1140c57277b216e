import { describe, expect, it } from "vitest";
import { buildTemplate } from "../templates";
import { diffPlans } from "./diff";
import { changeLine, diffNames, humaniseChange, type DiffNames } from "./diff-names";

const NO_NAMES: DiffNames = { nodes: {}, zones: {} };

describe("humaniseChange", () => {
  it("names a node's product change with the field registry's label and the catalog's names", () => {
    const change = { path: "serving.product", from: "hgx-h200-8", to: "hgx-h100-4" };
    const en = humaniseChange("nodes", change, NO_NAMES, "en");
    expect(changeLine("LLM server", en)).toBe(
      "LLM server → Server / machine: HGX H200 8-GPU server → HGX H100 4-GPU server",
    );
    expect(changeLine("Serveur LLM", humaniseChange("nodes", change, NO_NAMES, "fr"), "fr")).toBe(
      "Serveur LLM → Serveur / machine\u00a0: HGX H200 8-GPU server → HGX H100 4-GPU server",
    );
  });

  it("names models, frameworks and cloud models by their catalog names, and keeps an unknown id as is", () => {
    expect(
      humaniseChange("nodes", { path: "serving.framework", from: "vllm", to: "llama-cpp" }, NO_NAMES),
    ).toMatchObject({ field: "Serving framework", from: "vLLM" });
    expect(
      humaniseChange("nodes", { path: "serving.model", from: "no-such-model", to: null }, NO_NAMES),
    ).toEqual({ field: "Model", from: "no-such-model", to: "—" });
  });

  it("names zones by label, says what an empty value means, and formats numbers with their unit", () => {
    const names: DiffNames = { nodes: {}, zones: { app: "App", data: "Data" } };
    expect(humaniseChange("nodes", { path: "zoneId", from: "app", to: null }, names)).toEqual({
      field: "Zone",
      from: "App",
      to: "Outside every zone",
    });
    expect(humaniseChange("nodes", { path: "zoneId", from: "app", to: null }, names, "fr")).toEqual({
      field: "Zone",
      from: "App",
      to: "Hors de toute zone",
    });
    expect(humaniseChange("nodes", { path: "replicas", from: 1, to: 3 }, names)).toEqual({
      field: "Replicas",
      from: "1 replica",
      to: "3 replicas",
    });
  });

  it("uses option labels for enums and the section's schema for settings", () => {
    expect(humaniseChange("metadata", { path: "currency", from: "USD", to: "EUR" }, NO_NAMES, "fr")).toEqual({
      field: "Devise d’affichage",
      from: "Dollar américain (USD)",
      to: "Euro (EUR)",
    });
    expect(humaniseChange("nodes", { path: "mystery.key", from: true, to: false }, NO_NAMES, "fr")).toEqual({
      field: "mystery.key",
      from: "oui",
      to: "non",
    });
  });
});

describe("diffNames", () => {
  it("collects the labels of the zones and nodes a diff refers to, from either document", () => {
    const before = buildTemplate("minimal");
    const after = {
      ...before,
      nodes: before.nodes.map((n) => (n.id === "redis" ? { ...n, zoneId: "app" } : n)),
    };
    const diff = diffPlans(before, after);
    expect(diffNames(before, after, diff)).toEqual({
      nodes: {},
      zones: { services: "Services", app: "App" },
    });
    const line = changeLine(
      diff.nodes.changed[0]!.label,
      humaniseChange("nodes", diff.nodes.changed[0]!.changes[0]!, diffNames(before, after, diff)),
    );
    expect(line).toBe("Redis → Zone: Services → App");
  });
});
