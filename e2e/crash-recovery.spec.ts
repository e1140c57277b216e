import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { startAppServer, type AppServer } from "../lib/server/testing/app-server";

/**
 * Durability: a burst of saves, the server SIGKILLed in the middle of it, a restart on the same SQLite file — then
 * every save the server acknowledged (2xx) is there with its revision, the plan's revision is the highest version,
 * versions are contiguous, and SQLite's integrity check passes. The test runs its own `next start` (the build
 * exists when e2e runs) on its own temporary database.
 */
test.describe.configure({ mode: "serial" });

let server: AppServer;
test.afterAll(async () => {
  await server?.stop();
});

type Ack = { revision: number; marker: string };

async function save(url: string, planId: string, baseRevision: number, marker: string) {
  const document = buildTemplate("enterprise");
  document.metadata.description = marker;
  const res = await fetch(`${url}/api/plans/${planId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", ...server.ownerHeaders },
    body: JSON.stringify({ baseRevision, document, message: marker }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { revision?: number; error?: { currentRevision?: number } },
  };
}

test("acknowledged saves survive a SIGKILL mid-burst", async () => {
  test.setTimeout(180_000);
  server = await startAppServer();
  const created = await fetch(`${server.url}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json", ...server.ownerHeaders },
    body: JSON.stringify({ name: "Crash test", document: buildTemplate("enterprise") }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const acked: Ack[] = [];
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const CLIENTS = 8;
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    let base = 1;
    for (let i = 0; !killed; i++) {
      const marker = `client-${client}-save-${i}`;
      try {
        inFlight++;
        const res = await save(server.url, id, base, marker).finally(() => inFlight--);
        if (res.status === 200) {
          acked.push({ revision: res.body.revision!, marker });
          base = res.body.revision!;
        } else if (res.status === 409) {
          base = res.body.error!.currentRevision!;
        } else {
          throw new Error(`unexpected HTTP ${res.status}`);
        }
      } catch (e) {
        if (!killed) throw e;
        return; // the server died under this request: not acknowledged, so nothing is promised about it
      }
    }
  });
  // Let the burst run, then pull the plug while requests are in flight.
  while (acked.length < 40) await new Promise((r) => setTimeout(r, 20));
  killed = true;
  inFlightAtKill = inFlight;
  await server.kill();
  await Promise.all(clients);
  expect(acked.length).toBeGreaterThanOrEqual(40);
  expect(inFlightAtKill, "saves in flight when the server was killed").toBeGreaterThan(0);

  await server.restart();
  const plan = (await (
    await fetch(`${server.url}/api/plans/${id}`, { headers: server.ownerHeaders })
  ).json()) as { revision: number };
  const { versions } = (await (
    await fetch(`${server.url}/api/plans/${id}/versions`, { headers: server.ownerHeaders })
  ).json()) as {
    versions: { revision: number; message: string }[];
  };
  const revisions = versions.map((v) => v.revision).sort((a, b) => a - b);
  expect(revisions).toEqual(Array.from({ length: plan.revision }, (_, i) => i + 1));
  expect(Math.max(...revisions)).toBe(plan.revision);
  const byRevision = new Map(versions.map((v) => [v.revision, v.message]));
  for (const ack of acked) {
    expect(byRevision.get(ack.revision), `acknowledged revision ${ack.revision}`).toBe(ack.marker);
  }
  const highest = Math.max(...acked.map((a) => a.revision));
  expect(plan.revision).toBeGreaterThanOrEqual(highest);
  const latest = (await (
    await fetch(`${server.url}/api/plans/${id}/versions/${plan.revision}`, { headers: server.ownerHeaders })
  ).json()) as {
    document: { metadata: { description: string } };
  };
  expect(latest.document.metadata.description).toBe(byRevision.get(plan.revision));

  await server.kill();
  const db = new Database(server.dbFile, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
  } finally {
    db.close();
  }
});
