import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLargePlan } from "../templates/generate";
import type { PlanDocument } from "../plan/plan-schema";
import { buildTemplate, emptyPlan, TEMPLATE_IDS } from "../templates";
import { exportBundle } from "./bundle";
import { toYaml } from "./yaml";
import { DNS_1123_LABEL, parseYamlStream, runTool, writeBundle } from "./testing/bundle-files";
import { HOSTILE_TEXTS, variedPlan } from "./testing/hostile-plans";
import { loadKubernetesModels, validateObject } from "./testing/k8s-validate";

/**
 * The bundle against the real tools (kubectl 1.32 + kustomize, docker-compose 1.29, promtool 2.42): if one is
 * missing the test fails and says how to install it — it never skips.
 */
const dirs: string[] = [];
beforeAll(loadKubernetesModels, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PLANS: [string, () => PlanDocument][] = [
  ...TEMPLATE_IDS.map((id): [string, () => PlanDocument] => [id, () => buildTemplate(id)]),
  ["empty plan", () => emptyPlan("Nothing yet")],
  ["generated 60-node plan", () => generateLargePlan(60)],
];

describe.each(PLANS)("%s bundle with the real tools", (id, plan) => {
  const bundle = exportBundle(plan());
  const dir = writeBundle(bundle.files);
  dirs.push(dir);

  it.each(["dev", "staging", "production"])("kubectl kustomize overlays/%s renders valid objects", (env) => {
    const { stdout } = runTool("kubectl", ["kustomize", `kubernetes/overlays/${env}`], dir);
    const objects = parseYamlStream(stdout);
    expect(objects.flatMap(validateObject)).toEqual([]);
    const appNamespace = env === "production" ? "devana-prod" : `devana-${env}`;
    const namespaces = new Set(
      objects.map((o) => (o.metadata as { namespace?: string }).namespace).filter(Boolean),
    );
    expect(namespaces).toContain(appNamespace);
    for (const ns of namespaces) expect(ns).toMatch(DNS_1123_LABEL);
    if (env !== "production") expect(namespaces).not.toContain("devana-prod");
    for (const o of objects) {
      expect((o.metadata as { labels?: Record<string, string> }).labels?.["stackplan.io/environment"]).toBe(
        env,
      );
    }
  });

  it("docker-compose config -q accepts compose/docker-compose.yml", () => {
    runTool("docker-compose", ["-f", "compose/docker-compose.yml", "config", "-q"], dir);
  });

  it("promtool accepts the rule file and the PrometheusRule's groups", () => {
    const out = runTool("promtool", ["check", "rules", "monitoring/alerts.rules.yml"], dir).stdout;
    expect(out).toMatch(/SUCCESS/);
    const rule = parseYamlStream(bundle.files["monitoring/prometheus-rules.yaml"]!)[0]!;
    expect(validateObject(rule)).toEqual([]);
    const extracted = join(dir, "prometheus-rule-groups.yml");
    writeFileSync(extracted, toYaml({ groups: (rule.spec as { groups: unknown }).groups }));
    runTool("promtool", ["check", "rules", extracted], dir);
  });
});

describe("hostile plan texts through the real tools", () => {
  // Four hostile texts per plan (name, node labels, notes): every text of the list goes through every tool.
  const cases = [0, 1, 2, 3, 4].map((i) => HOSTILE_TEXTS.filter((_, k) => k % 5 === i));
  it.each(cases.map((texts, i) => [i, texts] as const))(
    "case %i stays data for kubectl, compose and promtool",
    (i, texts) => {
      const usable = texts.map((t) => (t.trim() ? t.slice(0, 80) : "x"));
      const plan = variedPlan({
        template: i % 2 ? "enterprise" : "hybrid",
        users: 500 + i,
        name: usable[0]!,
        label: usable[1]!,
        labels: usable,
        notes: texts.join(" / "),
        ids: Array.from({ length: 20 }, (_, k) => `N${k}_${i}`),
        prefix: "acme",
        environment: "production",
        replicaBump: 0,
      });
      const bundle = exportBundle(plan);
      const dir = writeBundle(bundle.files);
      dirs.push(dir);
      const rendered = parseYamlStream(
        runTool("kubectl", ["kustomize", "kubernetes/overlays/production"], dir).stdout,
      );
      const planConfig = rendered.find((o) => (o.metadata as { name: string }).name === "stackplan-plan")!;
      expect((planConfig.data as Record<string, string>).PLAN_NAME).toBe(plan.metadata.name);
      expect(rendered.flatMap(validateObject)).toEqual([]);
      const compose = runTool("docker-compose", ["-f", "compose/docker-compose.yml", "config"], dir).stdout;
      const labels = Object.values(
        parseYamlStream(compose)[0]!.services as Record<string, { labels: Record<string, string> }>,
        // `docker-compose config` prints literal dollars escaped again ($$).
      ).map((s) => s.labels["stackplan.io/label"]!.replace(/\$\$/g, "$"));
      expect(new Set(labels)).toEqual(
        new Set(plan.nodes.filter((n) => n.kind !== "lb" && n.kind !== "cloud-llm").map((n) => n.label)),
      );
      runTool("promtool", ["check", "rules", "monitoring/alerts.rules.yml"], dir);
    },
  );
});
