import { readFileSync } from "node:fs";
import { EXIT_OK, EXIT_USAGE, processIo, UsageError, type Io } from "./io";
import { adviseCommand } from "./advise";
import { catalogCommand } from "./catalog";
import { estimateCommand } from "./estimate";
import { evaluateCommand } from "./evaluate";
import { exportCommand } from "./export";
import { templateCommand } from "./template";

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  template: { run: templateCommand, summary: "Print a template's plan document as JSON" },
  estimate: {
    run: estimateCommand,
    summary: "Estimate one LLM serving configuration (fit, tok/s, TTFT, latency)",
  },
  evaluate: {
    run: evaluateCommand,
    summary: "Evaluate a plan file: capacity, sizing, storage, cost/TCO, findings",
  },
  advise: {
    run: adviseCommand,
    summary: "Recommend the cheapest deployment meeting the plan's SLOs and constraints",
  },
  export: {
    run: exportCommand,
    summary: "Write a plan's deployable bundle (Kubernetes, Helm, compose, alerts, report)",
  },
  catalog: {
    run: catalogCommand,
    summary: "List hardware, products, models, precisions, frameworks, interconnects",
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export const HELP =
  () => `stackplan ${version()} — capacity planner for self-hosted AI platforms (RAG + LLM serving)

Usage: stackplan <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Options:
  -h, --help     Show help (also: stackplan <command> --help)
  -v, --version  Show the version

Exit codes: 0 success, 1 the plan has error findings, 2 invalid usage or input.`;

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.out(HELP());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "-v" || first === "--version") {
    io.out(version());
    return EXIT_OK;
  }
  const command = COMMANDS[first];
  if (!command) {
    io.err(
      `stackplan: unknown command "${first}". Commands: ${Object.keys(COMMANDS).join(", ")}. Run stackplan --help.`,
    );
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      io.err(`stackplan ${first}: ${e.message}`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
