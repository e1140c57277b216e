import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { parsePlanOrThrow } from "../../plan/parse";
import { exportBundle } from "../bundle";
import { at, baseDocuments, findObject } from "../testing/bundle-files";
import {
  operatorPodProblems,
  podSpecOf,
  restrictedProblems,
  splitBrainServices,
} from "../testing/pod-security";

type Doc = Record<string, unknown>;
const name = (d: Doc) => at<string>(d, "metadata.name");
describe("stores run as their ecosystems run them", () => {
  it.each(TEMPLATE_IDS)("%s: no database StatefulSet with replicas behind a plain Service", (id) => {
    const plan = buildTemplate(id);
    const docs = baseDocuments(exportBundle(plan).files);
    expect(splitBrainServices(docs)).toEqual([]);
    const node = (kind: string) => plan.nodes.find((n) => n.kind === kind)!;
    // PostgreSQL: a CloudNativePG Cluster with the plan's instances, archiving to the plan's object store.
    const cluster = findObject(docs, "Cluster", "postgres");
    expect(at(cluster, "spec.instances")).toBe(node("postgres").replicas);
    expect(at(cluster, "spec.plugins.0")).toMatchObject({
      name: "barman-cloud.cloudnative-pg.io",
      isWALArchiver: true,
    });
    expect(at(findObject(docs, "ObjectStore", "postgres-backups"), "spec.configuration.endpointURL")).toBe(
      "http://s3:9000",
    );
    expect(at(findObject(docs, "ScheduledBackup", "postgres-daily"), "spec.method")).toBe("plugin");
    // ChromaDB and Meilisearch: one server each, whatever the plan asked.
    for (const store of ["chroma", "meili"])
      expect(at(findObject(docs, "StatefulSet", store), "spec.replicas")).toBe(1);
    // Redis: Sentinel and the operator's -master Service as soon as there are replicas.
    const redis = node("redis");
    expect(docs.some((d) => d.kind === "RedisReplication")).toBe(redis.replicas > 1);
    if (redis.replicas > 1) {
      expect(at(findObject(docs, "RedisReplication", "redis"), "spec.clusterSize")).toBe(redis.replicas);
      expect(at(findObject(docs, "RedisSentinel", "redis-sentinel"), "spec.clusterSize")).toBe(3);
      const conf = at<Record<string, string>>(findObject(docs, "ConfigMap", "redis-redis-conf"), "data");
      expect(conf["redis-additional.conf"]).toContain("maxmemory-policy volatile-lru");
    }
  });

  it("a plan with an RPO under a minute gets a synchronous standby; a small client count no pooler", () => {
    const base = buildTemplate("production");
    const plan = parsePlanOrThrow({ ...base, slos: { ...base.slos, rpoMinutes: 0.5 } });
    const docs = baseDocuments(exportBundle(plan).files);
    expect(at(findObject(docs, "Cluster", "postgres"), "spec.postgresql.synchronous")).toEqual({
      method: "any",
      number: 1,
      dataDurability: "required",
    });
    expect(at(findObject(docs, "Cluster", "postgres"), "spec.postgresql.parameters.archive_timeout")).toBe(
      "1min",
    );
    // production: 3 API + 2 Odin pods × 10 connections = 50 ≤ 80% of 100: clients talk to -rw directly.
    expect(docs.some((d) => d.kind === "Pooler")).toBe(false);
    expect(
      at<Record<string, string>>(findObject(docs, "ConfigMap", "api-config"), "data").POSTGRES_HOST,
    ).toBe("postgres-rw.devana-services.svc.cluster.local");
  });

  it("MinIO's drives follow its erasure rules: 2 servers get 2 drives each", () => {
    const base = buildTemplate("production");
    const plan = parsePlanOrThrow({
      ...base,
      nodes: base.nodes.map((n) => (n.kind === "s3" ? { ...n, replicas: 2 } : n)),
    });
    const docs = baseDocuments(exportBundle(plan).files);
    const minio = findObject(docs, "StatefulSet", "s3");
    expect(at<Doc[]>(minio, "spec.volumeClaimTemplates").map(name)).toEqual(["data1", "data2"]);
    expect(at<string[]>(minio, "spec.template.spec.containers.0.command")).toContain(
      "http://s3-{0...1}.s3-headless.devana-services.svc.cluster.local/data{1...2}",
    );
  });
});

describe("every workload", () => {
  it.each(TEMPLATE_IDS)("%s: every pod meets Pod Security restricted, but the listed exception", (id) => {
    const docs = baseDocuments(exportBundle(buildTemplate(id)).files);
    const problems = docs.flatMap((d) => {
      const pod = podSpecOf(d);
      if (at(d, "metadata.namespace") === "dcgm-exporter") return []; // the listed exception (README)
      return [
        ...(pod ? restrictedProblems(pod, `${String(d.kind)} ${name(d)}`) : []),
        ...operatorPodProblems(d),
      ];
    });
    expect(problems).toEqual([]);
    for (const ns of docs.filter(
      (d) => d.kind === "Namespace" && name(d) !== "dcgm-exporter" && name(d) !== "cert-manager",
    ))
      expect(at<Record<string, string>>(ns, "metadata.labels")["pod-security.kubernetes.io/enforce"]).toBe(
        "restricted",
      );
  });

  it("the restricted check fails a pod that runs as root or keeps its capabilities", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("minimal")).files);
    const pod = structuredClone(podSpecOf(findObject(docs, "Deployment", "api"))!) as Doc & {
      containers: Doc[];
    };
    pod.containers[0]!.securityContext = { runAsUser: 0 };
    expect(restrictedProblems(pod, "api").join("\n")).toMatch(
      /allowPrivilegeEscalation[\s\S]*drop ALL[\s\S]*UID 0/,
    );
  });

  it("a Deployment under an HorizontalPodAutoscaler has no fixed replicas", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("enterprise")).files);
    for (const hpa of docs.filter((d) => d.kind === "HorizontalPodAutoscaler")) {
      const target = findObject(
        docs,
        at<string>(hpa, "spec.scaleTargetRef.kind"),
        at<string>(hpa, "spec.scaleTargetRef.name"),
      );
      expect(at(target, "spec.replicas")).toBeUndefined();
    }
  });

  it("model weights live on a shared volume filled once; only the download Job reaches the internet", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("enterprise")).files);
    const llm = findObject(docs, "Deployment", "llm");
    expect(at(llm, "spec.template.spec.volumes.0")).toEqual({
      name: "models",
      persistentVolumeClaim: { claimName: "llm-models" },
    });
    expect(at(llm, "spec.template.spec.containers.0.volumeMounts.0")).toEqual({
      name: "models",
      mountPath: "/models",
      readOnly: true,
    });
    expect(at(llm, "spec.template.spec.initContainers.0.name")).toBe("wait-for-weights");
    expect(at(findObject(docs, "PersistentVolumeClaim", "llm-models"), "spec.accessModes")).toEqual([
      "ReadWriteMany",
    ]);
    const job = findObject(docs, "Job", "llm-weights");
    expect(at<string[]>(job, "spec.template.spec.containers.0.command")[2]).toMatch(
      /snapshot_download[\s\S]*touch \/models\/\.stackplan-ready-/,
    );
    const egress = findObject(docs, "NetworkPolicy", "llm-model-download");
    expect(at(egress, "spec.podSelector.matchLabels")).toEqual({ "app.kubernetes.io/name": "llm-weights" });
    expect(
      at<Doc[]>(llm, "spec.template.spec.containers.0.env").find((e) => e.name === "HF_HUB_OFFLINE"),
    ).toEqual({
      name: "HF_HUB_OFFLINE",
      value: "1",
    });
  });
});
