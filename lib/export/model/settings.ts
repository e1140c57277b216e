import { COMPONENTS } from "../../catalog/components";
import { envName } from "../names";
import type { ConnectionModel, WorkloadModel } from "./types";

/** Host of an upstream as a client sees it: a cluster DNS name, a compose service name, or an external host. */
export type HostResolver = (connection: ConnectionModel) => string;

/** Secret keys a client needs per upstream kind (credentials live in the client's own namespace). */
function credentialKeys(c: ConnectionModel): string[] {
  const p = envName(c.targetName);
  switch (c.targetKind) {
    case "postgres":
    case "redis":
      return [`${p}_PASSWORD`];
    case "meili":
    case "cloud-llm":
      return [`${p}_API_KEY`];
    case "s3":
      return [`${p}_ACCESS_KEY`, `${p}_SECRET_KEY`];
    case "chroma":
      return [`${p}_TOKEN`];
    default:
      return [];
  }
}

/** Connections grouped by target, each group in the target's catalog port order (its main port first). */
function orderedConnections(w: WorkloadModel): ConnectionModel[] {
  const groups = new Map<string, ConnectionModel[]>();
  for (const c of w.connections) groups.set(c.targetName, [...(groups.get(c.targetName) ?? []), c]);
  const rank = (c: ConnectionModel) => {
    const i = COMPONENTS[c.targetKind].ports.findIndex((p) => p.port === c.port);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].flatMap((g) => g.sort((a, b) => rank(a) - rank(b) || a.port - b.port));
}

/**
 * Non-secret settings of a workload: its static settings plus, per upstream, `<NAME>_HOST`, `<NAME>_PORT`,
 * `<NAME>_URL` (and `<NAME>_MODEL`, `<NAME>_TRAFFIC_SHARE` for model servers). Keys sorted (deterministic).
 */
export function workloadSettings(w: WorkloadModel, resolve: HostResolver): Record<string, string> {
  const out: Record<string, string> = { ...w.config };
  const seen = new Set<string>();
  for (const c of orderedConnections(w)) {
    const host = resolve(c);
    const port = COMPONENTS[c.targetKind].ports.find((p) => p.port === c.port);
    const scheme = port?.protocol === "ws" ? "ws" : c.scheme;
    const url = scheme === "https" ? `https://${host}` : `${scheme}://${host}:${c.port}`;
    // The first port to a target is its main one (_HOST/_PORT/_URL); further ports are named (API_WEBSOCKET_URL).
    const first = !seen.has(c.targetName);
    seen.add(c.targetName);
    const p = first
      ? envName(c.targetName)
      : `${envName(c.targetName)}_${envName(port?.name ?? `p${c.port}`)}`;
    if (first) out[`${p}_HOST`] = host;
    out[`${p}_PORT`] = String(c.port);
    out[`${p}_URL`] = url;
    if (!first) continue;
    if (c.model) out[`${p}_MODEL`] = c.model;
    if (c.trafficShare !== undefined)
      out[`${p}_TRAFFIC_SHARE`] = String(Math.round(c.trafficShare * 1000) / 1000);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every secret key of a workload: its own and its clients' credentials, sorted. */
export function workloadSecretKeys(w: WorkloadModel): string[] {
  const keys = new Set<string>(w.secretKeys);
  for (const c of w.connections) for (const k of credentialKeys(c)) keys.add(k);
  for (const container of w.containers)
    for (const e of container.env) if ("secretKey" in e) keys.add(e.secretKey);
  return [...keys].sort();
}
