#!/usr/bin/env node
// Entry point of the `stackplan` CLI. Runs the TypeScript sources directly through tsx (a dependency), so
// `npx stackplan …` works right after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
