import type { DeploymentModel } from "../model/build";
import { code, md, table } from "./markdown";

/**
 * The "Store topology" section, one line per store with why it runs that way — the same lines in the README, the
 * capacity report (and so the export preview), all from engine/rules/store-topology.
 */
export function storeTopologySection(model: DeploymentModel, heading = "##"): string[] {
  if (model.stores.length === 0) return [];
  return [
    `${heading} Store topology`,
    "",
    "Each store runs the way its open-source server supports — never as several unconnected copies behind one Service:",
    "",
    ...model.stores.map((s) => `- **${md(s.summary)}** (${md(s.label)}). ${md(s.why)}`),
    "",
  ];
}

/** The settings the bundle gives each model server (the engine's choices), for the README and the report. */
export function servingTable(model: DeploymentModel, intro: string): string[] {
  const servers = [...model.workloads.filter((w) => w.serving), ...model.externals.filter((e) => e.serving)];
  if (!servers.length) return [];
  return [
    intro,
    "",
    table(
      [
        "server",
        "framework",
        "model",
        "precision / KV cache",
        "tensor × pipeline parallel",
        "max sequences",
        "context tokens (server limit)",
      ],
      servers.map((w) => [
        code(w.name),
        md(w.serving!.frameworkName),
        code(w.serving!.model),
        `${w.serving!.precision} / ${w.serving!.kvPrecision}`,
        `${w.serving!.tensorParallelSize} × ${w.serving!.pipelineParallelSize}`,
        w.serving!.maxNumSeqs,
        `${w.serving!.contextTokens} (${w.serving!.maxModelLen})`,
      ]),
    ),
    "",
  ];
}
