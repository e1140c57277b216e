import { getHardware } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import { MACOS_MAX_FILE_DESCRIPTORS } from "../llm/warnings";
import type { Finding, ServingReport } from "../report-schema";
import { finding, nodeTarget } from "./finding";

/** The reference platform's light-production ceiling for Apple Silicon (§3 scenario 4). */
export const MAC_MAX_USERS = 500;
export const MAC_MAX_NODES = 10;
/** Open connections a serving node holds per concurrent stream at peak (client socket + upstream), for the macOS FD check. */
const FDS_PER_STREAM = 2;

/** What the reference platform says of serving from Macs: macOS limits, the user and cluster ceilings, file descriptors. */
export function appleFindings(plan: PlanDocument, serving: ServingReport[]): Finding[] {
  const out: Finding[] = [];
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const apple = serving.filter((s) => {
    const node = nodeById.get(s.nodeId);
    const hw = node?.serving?.hardware;
    return typeof hw === "string" ? getHardware(hw)?.family === "apple" : hw?.family === "apple";
  });
  if (apple.length === 0) return out;
  const macs = apple.reduce((sum, s) => sum + s.gpus, 0);
  const first = nodeTarget(apple[0]!.nodeId);
  out.push(
    finding(
      "macos-limits",
      plan.metadata.environment === "production" ? "warning" : "info",
      first,
      `macOS is not a server OS: login required at boot, no headless management, disruptive updates, max ${MACOS_MAX_FILE_DESCRIPTORS.toLocaleString("en-US")} file descriptors, no redundant PSU/RAID/hot-swap`,
      "Acceptable for dev, staging and light production (< 500 users) with human monitoring; use Linux + NVIDIA for 24/7 critical production.",
      { maxFds: MACOS_MAX_FILE_DESCRIPTORS },
    ),
  );
  if (plan.slos.availabilityPct > 99.9)
    out.push(
      finding(
        "macos-availability",
        "error",
        first,
        `An availability target of ${plan.slos.availabilityPct}% is beyond what Macs can promise (the reference: not recommended above 99.9%)`,
        "Serve from Linux GPU servers, or set the availability target to 99.9% or less.",
        { availabilityPct: plan.slos.availabilityPct },
      ),
    );
  if (plan.workload.users > MAC_MAX_USERS)
    out.push(
      finding(
        "macos-users",
        "warning",
        first,
        `${plan.workload.users.toLocaleString("en-US")} users exceed the ${MAC_MAX_USERS}-user ceiling the reference gives Apple Silicon production`,
        "Move the main LLM to NVIDIA GPUs (hybrid) or keep Macs for dev/staging.",
        { users: plan.workload.users, max: MAC_MAX_USERS },
      ),
    );
  if (macs > MAC_MAX_NODES)
    out.push(
      finding(
        "macos-cluster-size",
        "warning",
        first,
        `${macs} Macs exceed the reference's 10-node limit for Apple clusters (no native clustering)`,
        "Use fewer, larger machines or NVIDIA servers.",
        { macs },
      ),
    );
  for (const s of apple) {
    const streams = s.concurrency * s.replicas;
    if (streams * FDS_PER_STREAM > MACOS_MAX_FILE_DESCRIPTORS) {
      out.push(
        finding(
          "macos-file-descriptors",
          "error",
          nodeTarget(s.nodeId),
          `${s.label} holds ~${(streams * FDS_PER_STREAM).toLocaleString("en-US")} connections at peak, above macOS's ${MACOS_MAX_FILE_DESCRIPTORS.toLocaleString("en-US")} file descriptors`,
          "Spread the load over more machines or move to Linux.",
          { label: s.label, connections: streams * FDS_PER_STREAM, maxFds: MACOS_MAX_FILE_DESCRIPTORS },
        ),
      );
    }
  }
  return out;
}
