import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { Readable } from "node:stream";
import { BASE_HEADERS, TLS_HEADERS } from "./content-security";
import { findDirectRoute, type DirectRoute } from "./direct-routes";
import { closeJobPool, warmJobPool } from "./jobs/pool";
import { parseTrustProxy, resolveForwarded, type TrustProxy } from "./trust-proxy";

/**
 * Stackplan's HTTP server: Next.js's request handler (the production build in .next) behind a node:http server of
 * our own, for the one thing `next start` cannot do — see the socket. Before Next.js sees a request, its
 * X-Forwarded-For is replaced by the single client address TRUST_PROXY resolves (lib/server/trust-proxy.ts), and
 * X-Forwarded-Proto/Host by what a trusted proxy said (else the socket's scheme, and the Host header): route code
 * reads the client address from X-Forwarded-For (lib/server/http.ts clientIp) and links' origin from the others,
 * and none of them can be chosen by a client. It answers the hottest routes itself (lib/server/direct-routes.ts),
 * starts the engine's worker pool, and stops both on SIGTERM.
 */
export interface ServeOptions {
  port: number;
  /** Interface to listen on (default: all). */
  hostname?: string;
  /** The app's folder (default: the working directory). */
  dir?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v);

/** Rewrites a request's forwarding headers as described above (exported for tests). */
export function applyTrustedForwarding(req: IncomingMessage, trust: TrustProxy): void {
  const h = req.headers;
  const resolved = resolveForwarded(
    req.socket.remoteAddress,
    {
      forwardedFor: single(h["x-forwarded-for"]),
      forwardedProto: single(h["x-forwarded-proto"]),
      forwardedHost: single(h["x-forwarded-host"]),
    },
    trust,
  );
  h["x-forwarded-for"] = resolved.clientIp;
  h["x-forwarded-proto"] = resolved.proto ?? ((req.socket as TLSSocket).encrypted ? "https" : "http");
  if (resolved.host) h["x-forwarded-host"] = resolved.host;
  else delete h["x-forwarded-host"];
  for (const untrusted of ["x-real-ip", "forwarded", "x-forwarded-port", "x-forwarded-server"])
    delete h[untrusted];
}

/** Node's request headers as a Headers object (repeated headers appended). */
function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * Answers a direct route (lib/server/direct-routes.ts): a web Request built from the socket's request (its body
 * streamed, its signal aborted when the client goes away), the route's function, and its Response written back with
 * the security headers next.config.ts gives that path.
 */
function answerDirect(req: IncomingMessage, res: ServerResponse, route: DirectRoute, params: string[]): void {
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  const host = req.headers["x-forwarded-host"] ?? req.headers.host ?? "localhost";
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(`${proto}://${String(host)}${req.url ?? "/"}`, {
    method: req.method,
    headers: webHeaders(req),
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: aborted.signal,
    ...(hasBody && { duplex: "half" }),
  } as RequestInit);
  route
    .run(request, params)
    .then(async (response) => {
      const headers: Record<string, string> = {
        ...BASE_HEADERS,
        ...route.headers,
        ...(proto === "https" ? TLS_HEADERS : {}),
      };
      response.headers.forEach((value, name) => (headers[name] = value));
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
      res.writeHead(response.status, headers);
      res.end(body);
    })
    .catch((e: unknown) => {
      console.error("stackplan: unexpected error in a direct route:", e);
      if (!res.headersSent) res.writeHead(500, { ...BASE_HEADERS, "content-type": "application/json" });
      res.end('{"error":{"code":"internal_error","message":"unexpected server error; it has been logged"}}');
    });
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  // A bad TRUST_PROXY stops the start with its message, before anything listens.
  const trust = parseTrustProxy(process.env.TRUST_PROXY);
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const { default: next } = await import("next");
  const app = next({
    dev: false,
    dir: options.dir ?? process.cwd(),
    hostname: options.hostname,
    port: options.port,
  });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server: Server = createServer((req, res) => {
    applyTrustedForwarding(req, trust);
    const direct = findDirectRoute(req.method ?? "GET", (req.url ?? "/").split("?")[0]!);
    if (direct) answerDirect(req, res, direct.route, direct.params);
    else void handle(req, res);
  });
  // Slow clients cannot hold sockets forever: headers within 20 s, a whole request within 2 min.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  warmJobPool().catch((e: unknown) =>
    console.error(
      `stackplan: the engine's worker pool did not start: ${e instanceof Error ? e.message : String(e)}`,
    ),
  );
  const host = options.hostname && options.hostname !== "0.0.0.0" ? options.hostname : "localhost";
  return {
    url: `http://${host}:${options.port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([closeJobPool(), app.close?.()]);
    },
  };
}

/** Serves until SIGINT/SIGTERM, then closes (the process exits with 0). */
export async function serveUntilSignalled(options: ServeOptions): Promise<RunningServer> {
  const running = await serve(options);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void running.close().finally(() => process.exit(0));
    });
  }
  return running;
}
