import { getFramework, getHardware, getModel, getPrecision } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { FindingParams } from "../report-schema";

/**
 * The values (names people read) of the estimate warnings that the findings catalog words in every language
 * (messages/<locale>/findings.json): read from the node's serving choices and the catalog, never ids. Undefined for
 * a warning the catalog does not word — it keeps the engine's English text.
 */

/** A catalog name, or a custom entry's own name. */
const nameOf = (
  value: string | { name: string },
  lookup: (id: string) => { name: string } | undefined,
): string => (typeof value === "string" ? (lookup(value)?.name ?? value) : value.name);

/** A framework's name without its parenthesised detail ("llama.cpp", not "llama.cpp (llama-server)"). */
const shortFramework = (id: string) => (getFramework(id)?.name ?? id).replace(/ \(.*\)$/, "");

export function warningParams(
  code: string,
  label: string,
  node: PlanNode | undefined,
): FindingParams | undefined {
  const s = node?.serving;
  if (!s) return undefined;
  const framework = getFramework(s.framework);
  const precision = getPrecision(s.precision);
  switch (code) {
    case "framework-dev-only":
      return framework && { label, framework: framework.name };
    case "model-below-70b": {
      const model = typeof s.model === "string" ? getModel(s.model) : s.model;
      return model && { label, model: model.name, paramsB: model.totalParamsB };
    }
    case "framework-unsupported-hardware": {
      const family = typeof s.hardware === "string" ? getHardware(s.hardware)?.family : s.hardware.family;
      if (!framework || !family) return undefined;
      const names: Record<string, string> = { nvidia: "NVIDIA", apple: "Apple Silicon", cpu: "CPU" };
      return {
        label,
        framework: framework.name,
        family,
        runsOn: framework.runsOn.map((f) => names[f] ?? f).join(", "),
      };
    }
    case "precision-unsupported-framework":
      return (
        framework &&
        precision && {
          label,
          framework: framework.name,
          precision: precision.name,
          supportedBy: precision.frameworks.map(shortFramework).join(", "),
        }
      );
    case "precision-not-native":
      return (
        precision && {
          label,
          hardware: nameOf(s.hardware, getHardware),
          precision: precision.name,
          fallback: precision.fallbackComputeClass.toUpperCase(),
        }
      );
    default:
      return undefined;
  }
}
