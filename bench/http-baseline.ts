import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../lib/server/testing/app-server";

/**
 * The ceiling the HTTP benchmark compares against: a bare node:http server, in its own process (like the app's),
 * answering every request with the same status, headers and bytes the app answered. What Stackplan adds on top —
 * Next.js routing, the owner and rate-limit checks, the database, zod, the engine — is the difference.
 */
export interface Baseline {
  url: string;
  stop(): Promise<void>;
}

const SERVER = `
const http = require("node:http");
const { readFileSync } = require("node:fs");
const reply = JSON.parse(readFileSync(process.argv[1], "utf8"));
const body = Buffer.from(reply.body, "utf8");
http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(reply.status, { ...reply.headers, "content-length": body.length });
    res.end(body);
  });
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.send && process.send("ready"));
`;

export async function startBaseline(reply: {
  status: number;
  headers: Record<string, string>;
  body: string;
}): Promise<Baseline> {
  const file = join(tmpdir(), `stackplan-baseline-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(reply));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["-e", SERVER, file, String(port)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the baseline server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
