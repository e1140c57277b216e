import type { PlanSummary } from "@/lib/plan/summary";
import { formatNumber } from "@/lib/format";

export interface TemplateCardProps {
  id: string;
  name: string;
  summary: string;
  figures: PlanSummary | null;
  action: (formData: FormData) => Promise<void>;
}

/** One template on the landing page: what it is, its key figures, and a button that creates a plan from it. */
export function TemplateCard({ id, name, summary, figures, action }: TemplateCardProps) {
  const headingId = `template-${id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted" style={{ margin: 0 }}>
        {summary}
      </p>
      {figures && (
        <dl className="figures">
          <dt>Users</dt>
          <dd>{formatNumber(figures.users)}</dd>
          <dt>Nodes</dt>
          <dd>
            {figures.nodeCount} ({figures.replicaCount} replicas)
          </dd>
          <dt>Hardware</dt>
          <dd>{figures.hardware.length ? figures.hardware.map((h) => h.label).join(", ") : "No GPUs"}</dd>
          {figures.cloud.length > 0 && (
            <>
              <dt>Cloud</dt>
              <dd>{figures.cloud.join(", ")}</dd>
            </>
          )}
        </dl>
      )}
      <form action={action} style={{ marginTop: "auto" }}>
        <input type="hidden" name="templateId" value={id} />
        <button type="submit" className="btn btn-primary" aria-label={`New plan from ${name}`}>
          New plan
        </button>
      </form>
    </article>
  );
}
