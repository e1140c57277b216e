import { createPlanFromTemplate } from "./actions";
import { TemplateCard } from "@/components/home/template-card";
import { summarizePlan } from "@/lib/plan/summary";
import { buildTemplate, TEMPLATE_IDS, TEMPLATES } from "@/lib/templates";

export const dynamic = "force-static";

export default function HomePage() {
  return (
    <main className="page">
      <h1>Plan a self-hosted AI platform</h1>
      <p className="muted" style={{ maxWidth: 760 }}>
        Start from the reference platform&apos;s sizing tiers and LLM hosting scenarios, or from an empty
        canvas. Every figure — throughput, latency, memory fit, storage growth, cost — is computed from
        documented formulas and calibrated on public benchmarks.
      </p>
      <h2 style={{ marginTop: 24 }}>Templates</h2>
      <div className="grid-cards">
        {TEMPLATE_IDS.map((id) => (
          <TemplateCard
            key={id}
            id={id}
            name={TEMPLATES[id].name}
            summary={TEMPLATES[id].summary}
            figures={summarizePlan(buildTemplate(id))}
            action={createPlanFromTemplate}
          />
        ))}
        <TemplateCard
          id="empty"
          name="Empty plan"
          summary="A blank canvas with the default workload assumptions."
          figures={null}
          action={createPlanFromTemplate}
        />
      </div>
    </main>
  );
}
