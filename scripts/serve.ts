/**
 * Serves the built app (`next build` first) with Stackplan's server (lib/server/serve.ts):
 * `tsx scripts/serve.ts [-p <port>] [-H <hostname>]` (defaults: PORT or 3000, all interfaces), as `next start`
 * takes them. `npm start` runs the same server in-process after preparing the database and the build.
 */
import { serveUntilSignalled } from "../lib/server/serve";

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
serveUntilSignalled({ port, hostname: arg("-H") }).catch((e: unknown) => {
  console.error(`stackplan: the server did not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
