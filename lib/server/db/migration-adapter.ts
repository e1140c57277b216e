import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";
import { pgPoolConfig } from "./pg-config";
import { ensureSqliteDirectory } from "./sqlite-file";

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Driver adapter factories for the Prisma CLI (migrations only; the app's queries use lib/server/db/client.ts).
 *
 * Works round two problems of Prisma 6.19's JS schema engine:
 * - PostgreSQL: adapter-pg cannot deserialize the catalog's `name` (OID 19) and `"char"` (OID 18) columns that
 *   migrate's introspection reads (prisma/prisma#27403), so every client of the migration pool reports them as text.
 * - SQLite: a migration script with several statements is executed through a single-statement `prepare()` on the
 *   shadow database, so executeRaw/queryRaw fall back to `exec()` for multi-statement SQL.
 */
export async function migrationAdapterFactory(target: DatabaseTarget) {
  if (target.provider === "postgres") {
    const pool = new pg.Pool(pgPoolConfig(target.url, { max: 4 }));
    pool.on("connect", (client) => patchNameColumns(client));
    return new PrismaPg(pool, { disposeExternalPool: true });
  }
  ensureSqliteDirectory(target.filePath);
  return new MultiStatementSqliteFactory({ url: target.url, timeout: 10_000 });
}

function patchNameColumns(client: pg.PoolClient): void {
  const fix = (result: pg.QueryResult | undefined) => {
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID || field.dataTypeID === PG_CHAR_OID)
        field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  // pg calls query both with a trailing callback (Pool#query) and promise-style: patch the result either way.
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, result?: pg.QueryResult) => void;
      return original(...args.slice(0, -1), (err: unknown, result?: pg.QueryResult) =>
        callback(err, fix(result)),
      );
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(fix) : returned;
  };
}

type SqliteFactoryConfig = ConstructorParameters<typeof PrismaBetterSQLite3>[0];
type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

class MultiStatementSqliteFactory extends PrismaBetterSQLite3 {
  constructor(config: SqliteFactoryConfig) {
    super(config);
  }
  override async connect() {
    return withExecFallback(await super.connect());
  }
  override async connectToShadowDb() {
    return withExecFallback(await super.connectToShadowDb());
  }
}

function withExecFallback(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const isMulti = (sql: string) => /;\s*\S/.test(sql.trim().replace(/;\s*$/, ""));
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && isMulti(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  adapter.queryRaw = async (query) => {
    if (query.args.length === 0 && isMulti(query.sql)) {
      await adapter.executeScript(query.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
    return queryRaw(query);
  };
  return adapter;
}
