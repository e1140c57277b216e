import { Fragment } from "react";
import {
  DIFF_COLLECTIONS,
  DIFF_SECTIONS,
  type CollectionDiff,
  type FieldChange,
  type PlanDiff,
} from "@/lib/plan/diff";
import styles from "./plan-ui.module.css";

export interface DiffViewProps {
  diff: PlanDiff;
  /** Names of the two sides, e.g. "Revision 3" → "Current", or "Theirs" → "Yours". */
  fromLabel: string;
  toLabel: string;
}

const COLLECTION_NAMES: Record<(typeof DIFF_COLLECTIONS)[number], string> = {
  nodes: "Components",
  edges: "Flows",
  zones: "Zones",
  scenarios: "Scenarios",
};
const SECTION_NAMES: Record<(typeof DIFF_SECTIONS)[number], string> = {
  metadata: "Plan settings",
  workload: "Workload",
  slos: "SLOs",
  costs: "Costs",
  constraints: "Constraints",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function Change({ change }: { change: FieldChange }) {
  return (
    <>
      <code>{change.path}</code>: <span className={styles.value}>{show(change.from)}</span> →{" "}
      <span className={styles.value}>{show(change.to)}</span>
    </>
  );
}

function Collection({ name, diff }: { name: string; diff: CollectionDiff }) {
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) return null;
  return (
    <section aria-label={name}>
      <h3>{name}</h3>
      <ul>
        {diff.added.map((e) => (
          <li key={`a-${e.id}`} className={styles.added}>
            Added {e.label} <span className="muted">({e.id})</span>
          </li>
        ))}
        {diff.removed.map((e) => (
          <li key={`r-${e.id}`} className={styles.removed}>
            Removed {e.label} <span className="muted">({e.id})</span>
          </li>
        ))}
        {diff.changed.map((e) => (
          <li key={`c-${e.id}`}>
            <span className={styles.changed}>Changed</span> {e.label}
            <ul>
              {e.changes.map((c) => (
                <li key={c.path}>
                  <Change change={c} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Renders a PlanDiff (lib/plan/diff.ts): key figures, then elements and settings that changed. */
export function DiffView({ diff, fromLabel, toLabel }: DiffViewProps) {
  if (diff.identical)
    return (
      <p className="muted">
        No differences between {fromLabel} and {toLabel}.
      </p>
    );
  return (
    <div className={styles.diff}>
      <p className="muted" style={{ margin: 0 }}>
        {diff.changeCount} change{diff.changeCount === 1 ? "" : "s"} from {fromLabel} to {toLabel}.
      </p>
      {diff.figures.length > 0 && (
        <table className="data">
          <caption className="visually-hidden">Key figures</caption>
          <thead>
            <tr>
              <th scope="col">Key figure</th>
              <th scope="col" className="num">
                {fromLabel}
              </th>
              <th scope="col" className="num">
                {toLabel}
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.figures.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td className="num">{f.from.toLocaleString("en-US")}</td>
                <td className="num">{f.to.toLocaleString("en-US")}</td>
                <td className="num">
                  {f.delta > 0 ? "+" : ""}
                  {f.delta.toLocaleString("en-US")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {DIFF_COLLECTIONS.map((c) => (
        <Collection key={c} name={COLLECTION_NAMES[c]} diff={diff[c]} />
      ))}
      {DIFF_SECTIONS.filter((s) => diff[s].length > 0).map((s) => (
        <section key={s} aria-label={SECTION_NAMES[s]}>
          <h3>{SECTION_NAMES[s]}</h3>
          <ul>
            {diff[s].map((c) => (
              <Fragment key={c.path}>
                <li>
                  <Change change={c} />
                </li>
              </Fragment>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
