#!/usr/bin/env node
// `npm test`: every check, in order — lint, typecheck, unit + integration (Vitest, SQLite and PostgreSQL),
// production build, end-to-end (Playwright in Chromium). Prints a closing line `N passed, N failed` (counting each
// Vitest and Playwright test, and each other stage as one) and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const bin = (name) => join(root, "node_modules", ".bin", name);
const reports = join(root, "reports");
mkdirSync(reports, { recursive: true });
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test",
};
const only = process.argv.slice(2);
const want = (stage) => only.length === 0 || only.includes(stage);

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n━━ ${label} ━━ ${[cmd.replace(root + "/", ""), ...args].join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  console.log(
    `── ${label}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return r.status === 0;
}

function stage(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

if (want("lint")) {
  stage("eslint", run("eslint", bin("eslint"), ["--max-warnings=0", "."]));
  stage("prettier", run("prettier", bin("prettier"), ["--check", "."]));
}
if (want("typecheck")) stage("typecheck", run("typecheck", bin("tsc"), ["--noEmit"]));

if (want("unit")) {
  const out = join(reports, "vitest.json");
  rmSync(out, { force: true });
  const ok = run("unit + integration", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
    if (r.numFailedTests || r.numFailedTestSuites)
      failures.push(`vitest (${r.numFailedTests} tests, ${r.numFailedTestSuites} suites)`);
    if ((r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) > 0) {
      failed++;
      failures.push(`vitest: ${r.numPendingTests + r.numTodoTests} skipped/todo tests (not allowed)`);
    }
    if (!ok && !r.numFailedTests && !r.numFailedTestSuites) stage("vitest (exit code)", false);
  } else stage("vitest (no report)", false);
}

let built = true;
if (want("build")) {
  built = run("build", bin("next"), ["build"]);
  stage("next build", built);
}

if (want("e2e")) {
  const out = join(reports, "playwright.json");
  rmSync(out, { force: true });
  if (!built) stage("e2e (build failed)", false);
  else {
    const ok = run("end-to-end", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    if (existsSync(out)) {
      const s = JSON.parse(readFileSync(out, "utf8")).stats ?? {};
      passed += (s.expected ?? 0) + (s.flaky ?? 0);
      failed += s.unexpected ?? 0;
      if (s.unexpected) failures.push(`playwright (${s.unexpected})`);
      if (s.skipped) {
        failed += s.skipped;
        failures.push(`playwright: ${s.skipped} skipped (not allowed)`);
      }
      if (!ok && !s.unexpected) stage("playwright (exit code)", false);
    } else stage("playwright (no report)", false);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
