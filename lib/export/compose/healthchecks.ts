import type { ProbeModel, WorkloadModel } from "../model/types";

/** `$` starts an interpolation in compose files: literal dollars are doubled. */
export const literal = (s: string) => s.replace(/\$/g, "$$$$");

/** A TCP/HTTP check with what each image ships: Node.js, Python, wget (busybox), curl, or the store's own client. */
function probeCommand(w: WorkloadModel, p: ProbeModel): string[] {
  if (p.type === "exec") return ["CMD", ...p.command.map(literal)];
  const port = p.port;
  const path = p.type === "http" ? p.path : "/";
  const url = `http://localhost:${port}${path}`;
  const node = `node -e "require('net').connect(${port},'localhost').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"`;
  const python = `python3 -c "import urllib.request; urllib.request.urlopen('${url}', timeout=4)"`;
  switch (w.kind) {
    case "frontend":
    case "api":
      // Node.js images (§1: Next.js, Node 22): no curl assumed.
      return ["CMD-SHELL", node];
    case "odin":
      // Python 3.12 (§1): a TCP connect through the interpreter.
      return ["CMD-SHELL", `python3 -c "import socket; socket.create_connection(('localhost', ${port}), 4)"`];
    case "chroma":
      return ["CMD-SHELL", `bash -c 'cat < /dev/null > /dev/tcp/localhost/${port}'`];
    case "s3":
      return ["CMD", "mc", "ready", "local"];
    case "redis":
      return ["CMD-SHELL", literal('REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli ping | grep -q PONG')];
    case "monitoring":
      return ["CMD-SHELL", `wget -q -O /dev/null ${url} || exit 1`];
    case "llm":
    case "embeddings":
      return w.serving?.frameworkId === "ollama" ? ["CMD", "ollama", "list"] : ["CMD-SHELL", python];
    default:
      return ["CMD-SHELL", `curl -fsS ${url} > /dev/null || exit 1`];
  }
}

/**
 * The compose healthcheck of a workload, from its readiness probe: what `depends_on: condition: service_healthy`
 * waits for. Model servers get a long start period (weights load for minutes).
 */
export function healthcheck(w: WorkloadModel): Record<string, unknown> | undefined {
  const p = w.containers[0]!.probes?.readiness;
  if (!p) return undefined;
  return {
    test: probeCommand(w, p),
    interval: "30s",
    timeout: "5s",
    retries: 5,
    start_period: w.serving ? "30m" : "60s",
  };
}
