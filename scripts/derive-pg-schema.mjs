#!/usr/bin/env node
// Derives prisma/postgres/schema.prisma from the SQLite source schema (provider and client output differ).
// `--check` exits 1 when the committed file is out of date (run by the unit tests).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

export function derivePostgresSchema(sqliteSchema) {
  return sqliteSchema
    .replace(
      "// Stackplan storage schema — SOURCE OF TRUTH (SQLite).",
      "// GENERATED from prisma/schema.prisma by `npm run db:derive-pg` — do not edit.",
    )
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(
      'output     = "../node_modules/.prisma/stackplan-sqlite"',
      'output     = "../../node_modules/.prisma/stackplan-postgres"',
    )
    .replace(
      'url      = "file:../data/stackplan.db"',
      'url      = "postgresql://postgres@127.0.0.1:5432/stackplan"',
    );
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
  if (process.argv.includes("--check")) {
    const current = readFileSync("prisma/postgres/schema.prisma", "utf8");
    if (current !== derived) {
      console.error("prisma/postgres/schema.prisma is out of date: run npm run db:derive-pg");
      process.exit(1);
    }
  } else {
    mkdirSync("prisma/postgres", { recursive: true });
    writeFileSync("prisma/postgres/schema.prisma", derived);
    console.log("wrote prisma/postgres/schema.prisma");
  }
}
