import { describe, expect, it } from "vitest";
import { metadataSchema } from "../plan/plan-schema";
import { nodeSchema } from "../plan/node-schema";
import { buildTemplate } from "../templates";
import { elementError, fieldError } from "./validation";

describe("field validation", () => {
  it("turns zod issues into short sentences and keeps the schemas' own messages", () => {
    const replicas = nodeSchema.shape.replicas;
    expect(fieldError(replicas, 0)).toBe("Must be at least 1");
    expect(fieldError(replicas, 1.5)).toBe("Must be a whole number");
    expect(fieldError(replicas, 1001)).toBe("Must be at most 1,000");
    expect(fieldError(replicas, 3)).toBeNull();
    expect(fieldError(metadataSchema.shape.namespacePrefix, "Bad_Name")).toContain("DNS label");
  });

  it("reports cross-field rules on the edited field", () => {
    const api = buildTemplate("enterprise").nodes.find((n) => n.id === "api")!;
    const bad = { ...api, replicas: 50, autoscale: { minReplicas: 2, maxReplicas: 10, targetCpuPct: 70 } };
    expect(elementError(nodeSchema, bad, ["replicas"])).toContain("must lie within autoscale");
  });
});
