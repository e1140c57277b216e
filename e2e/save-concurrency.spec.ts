import { expect, test, type APIRequestContext } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

/** 50 clients saving one plan over HTTP at once, against the real server (no lost update, no 500). */
const CLIENTS = 50;

async function createPlan(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post("/api/plans", { data: { name, document: buildTemplate("production") } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

function marked(client: number) {
  const document = buildTemplate("production");
  document.metadata.description = `client-${client}`;
  return document;
}

test("50 concurrent saves on one base revision: one 200, 49 × 409 with the current revision", async ({
  request,
}) => {
  const id = await createPlan(request, `Concurrency same-base ${Date.now()}`);
  const responses = await Promise.all(
    Array.from({ length: CLIENTS }, (_, i) =>
      request.patch(`/api/plans/${id}`, { data: { baseRevision: 1, document: marked(i) } }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(CLIENTS - 1);
  for (const r of responses.filter((r) => r.status() === 409)) {
    expect(((await r.json()) as { error: { currentRevision: number } }).error.currentRevision).toBe(2);
  }
  const plan = (await (await request.get(`/api/plans/${id}`)).json()) as { revision: number };
  expect(plan.revision).toBe(2);
});

test("50 clients re-basing on 409 until they land: contiguous versions, every save present", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const id = await createPlan(request, `Concurrency chained ${Date.now()}`);
  const landed: { client: number; revision: number }[] = [];
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      let base = 1;
      for (let attempt = 0; attempt < 1000; attempt++) {
        const res = await request.patch(`/api/plans/${id}`, {
          data: { baseRevision: base, document: marked(client) },
        });
        const body = (await res.json()) as { revision?: number; error?: { currentRevision: number } };
        if (res.status() === 200) {
          landed.push({ client, revision: body.revision! });
          return;
        }
        expect(res.status()).toBe(409);
        conflicts++;
        base = body.error!.currentRevision;
      }
      throw new Error(`client ${client} never landed`);
    }),
  );
  expect(landed).toHaveLength(CLIENTS);
  expect(conflicts).toBeGreaterThan(0);
  const plan = (await (await request.get(`/api/plans/${id}`)).json()) as { revision: number };
  expect(plan.revision).toBe(CLIENTS + 1);
  const { versions } = (await (await request.get(`/api/plans/${id}/versions`)).json()) as {
    versions: { revision: number }[];
  };
  expect(versions.map((v) => v.revision).sort((a, b) => a - b)).toEqual(
    Array.from({ length: CLIENTS + 1 }, (_, i) => i + 1),
  );
  for (const { client, revision } of landed) {
    const v = (await (await request.get(`/api/plans/${id}/versions/${revision}`)).json()) as {
      document: { metadata: { description: string } };
    };
    expect(v.document.metadata.description).toBe(`client-${client}`);
  }
});
