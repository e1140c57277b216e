import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import { clientIp, publicOrigin, readJsonBody, readOptionalJsonBody, toApiError } from "./http";
import { ConflictError, LinkGoneError } from "./errors";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("http helpers", () => {
  it("counts raw bytes of a streamed body and stops reading past the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(32));
        if (pulled > 1000) controller.close();
      },
    });
    await expect(readJsonBody(post(stream), 10_000)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(20);
  });

  it("refuses a declared Content-Length above the limit without reading", async () => {
    const request = {
      headers: new Headers({ "content-length": "5000000" }),
      body: null,
    } as unknown as Request;
    await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413 });
  });

  it("parses JSON, treats an empty optional body as {}, and reports bad JSON as 400", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readOptionalJsonBody(post(null))).toEqual({});
    await expect(readJsonBody(post(""))).rejects.toMatchObject({ status: 400, code: "invalid_json" });
    await expect(readJsonBody(post("{"))).rejects.toMatchObject({ status: 400, code: "invalid_json" });
  });

  it("maps domain errors to statuses and codes", () => {
    expect(toApiError(new ConflictError(4, 3)).toBody().error).toMatchObject({
      code: "conflict",
      currentRevision: 4,
    });
    expect(toApiError(new LinkGoneError("expired", new Date(0))).status).toBe(410);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const unknown = toApiError(Object.assign(new Error("secret internals"), { stack: "" }));
    expect(logged).toHaveBeenCalledTimes(1); // the cause is logged for the operator, not sent to the client
    logged.mockRestore();
    expect(unknown).toBeInstanceOf(ApiError);
    expect(unknown.status).toBe(500);
    expect(unknown.message).not.toContain("secret");
  });

  it("takes the client address Stackplan's server resolved (the right-most X-Forwarded-For entry)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "192.0.2.5" }))).toBe("192.0.2.5");
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, 192.0.2.5" }))).toBe("192.0.2.5");
    // X-Real-IP is never believed: any client can send it.
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.6" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("builds link origins from PUBLIC_URL, else the forwarded or Host header", () => {
    const r = new Request("http://127.0.0.1:3000/api", { headers: { host: "plans.local:8080" } });
    expect(publicOrigin(r, {})).toBe("http://plans.local:8080");
    expect(publicOrigin(r, { PUBLIC_URL: "https://stackplan.example.com/" })).toBe(
      "https://stackplan.example.com",
    );
    const proxied = new Request("http://127.0.0.1:3000/api", {
      headers: { host: "internal", "x-forwarded-host": "plans.example.com", "x-forwarded-proto": "https" },
    });
    expect(publicOrigin(proxied, {})).toBe("https://plans.example.com");
  });
});
