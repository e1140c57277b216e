import { parseArgs } from "node:util";
import { workloadSchema } from "../../lib/plan/workload-schema";
import { buildTemplate, isTemplateId, TEMPLATE_IDS, TEMPLATES } from "../../lib/templates";
import { readNumberFlag } from "./args";
import { EXIT_OK, EXIT_USAGE, json, UsageError, type Io } from "./io";

export const TEMPLATE_HELP = `Usage: stackplan template <id> [--users N]

Prints a template's plan document as JSON.

Templates:
${TEMPLATE_IDS.map((id) => `  ${id.padEnd(12)} ${TEMPLATES[id].name}`).join("\n")}

Options:
  --users N   Total users (default: the template's own; sizes the plan for N)
  -h, --help  Show this help`;

export function templateCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { users: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(TEMPLATE_HELP);
    return EXIT_OK;
  }
  const id = positionals[0];
  if (!id) throw new UsageError(`template: missing template id. Valid ids: ${TEMPLATE_IDS.join(", ")}`);
  if (positionals.length > 1)
    throw new UsageError(`template: one id expected, got ${positionals.length}: ${positionals.join(" ")}`);
  if (!isTemplateId(id)) {
    io.err(`template: unknown template "${id}". Valid ids: ${TEMPLATE_IDS.join(", ")}`);
    return EXIT_USAGE;
  }
  const users =
    values.users === undefined
      ? undefined
      : readNumberFlag("users", workloadSchema.shape.users, values.users);
  io.out(json(buildTemplate(id, users === undefined ? {} : { users })));
  return EXIT_OK;
}
