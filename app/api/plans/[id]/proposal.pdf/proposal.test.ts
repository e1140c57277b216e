import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createdPlanResponseSchema, createdShareLinkResponseSchema } from "@/lib/api/schemas";
import { evaluate } from "@/lib/engine/evaluate";
import { findingKey } from "@/lib/export/pdf";
import { buildTemplate } from "@/lib/templates";
import { call, OWNER_AUTH, setupTestDatabase } from "../../../_tests/helpers";
import * as plans from "../../route";
import * as shareLinks from "../share-links/route";
import * as sharedProposal from "../../../shared/[token]/proposal.pdf/route";
import * as planProposal from "./route";

setupTestDatabase();
const dir = mkdtempSync(join(tmpdir(), "stackplan-proposal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function createPlan() {
  const res = await call(plans.POST, {
    body: { name: "Proposal enterprise", document: buildTemplate("enterprise") },
  });
  expect(res.status).toBe(201);
  return createdPlanResponseSchema.parse(res.body).id;
}

async function getPdf<P>(
  handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>,
  url: string,
  params: P,
  headers: Record<string, string> = {},
) {
  const response = await handler(
    new Request(`http://localhost:3000${url}`, { headers: { ...OWNER_AUTH, ...headers } }),
    {
      params: Promise.resolve(params),
    },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const text = response.status === 200 ? execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }) : "";
  return { response, bytes, text };
}

describe("GET /api/plans/:id/proposal.pdf", () => {
  it("answers a PDF attachment in the requested language, identical for the same date", async () => {
    const id = await createPlan();
    const url = `/api/plans/${id}/proposal.pdf?date=2026-12-03`;
    const first = await getPdf(planProposal.GET, `${url}&lang=fr`, { id });
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("content-type")).toBe("application/pdf");
    expect(first.response.headers.get("content-disposition")).toBe(
      'attachment; filename="proposal-enterprise-proposal-2026-12-03.pdf"',
    );
    expect(first.text).toContain("Proposal enterprise");
    expect(first.text).toContain("Synthèse");
    const again = await getPdf(planProposal.GET, `${url}&lang=fr`, { id });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const browserFrench = await getPdf(
      planProposal.GET,
      url,
      { id },
      { "accept-language": "fr-FR,fr;q=0.9" },
    );
    expect(browserFrench.text).toContain("Synthèse");
  });

  it("says which query field is wrong (400)", async () => {
    const id = await createPlan();
    const res = await call(planProposal.GET, {
      url: `/api/plans/${id}/proposal.pdf?lang=de`,
      params: { id },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("lang");
  });
});

describe("GET /api/shared/:token/proposal.pdf", () => {
  it("gives a customer link its name on the cover, its points to review, and never the findings appendix", async () => {
    const id = await createPlan();
    const report = evaluate(buildTemplate("enterprise"));
    const picked = report.findings[0]!;
    const created = await call(shareLinks.POST, {
      params: { id },
      body: { role: "view", label: "Groupe Durand — RFP v2", reviewFindings: [findingKey(picked)] },
    });
    expect(created.status).toBe(201);
    const link = createdShareLinkResponseSchema.parse(created.body);
    expect(link.audience).toBe("customer");
    const { token } = link;
    const pdf = await getPdf(sharedProposal.GET, `/api/shared/${token}/proposal.pdf?date=2026-12-03`, {
      token,
    });
    expect(pdf.response.status).toBe(200);
    expect(pdf.text).toContain("Prepared for Groupe Durand — RFP v2");
    expect(pdf.text).toContain("Points to review");
    expect(pdf.text).not.toContain("Appendix: engineering findings");
    const engineer = await call(shareLinks.POST, {
      params: { id },
      body: { role: "view", audience: "engineer" },
    });
    const engineerToken = createdShareLinkResponseSchema.parse(engineer.body).token;
    const full = await getPdf(sharedProposal.GET, `/api/shared/${engineerToken}/proposal.pdf`, {
      token: engineerToken,
    });
    expect(full.text).toContain("Appendix: engineering findings");
  });
});
