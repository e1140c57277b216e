import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConstraintsForm } from "@/components/advisor/constraints-form";
import { WorkloadBar } from "@/components/dashboard/workload-bar";
import { SchemaFields } from "@/components/inspector/schema-fields";
import { MESSAGES } from "@/lib/i18n/messages";
import { fieldLabel } from "@/lib/plan/fields";
import { constraintsSchema } from "@/lib/plan/plan-schema";
import { slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import { buildTemplate } from "@/lib/templates";

/**
 * The inspector, the workload bar and the advisor form render the same plan fields; each must show the label (with
 * its unit) and speak the value the same way, because they all read the field registry. Rendered to HTML on the
 * server, then read back: label text by control id, and each spin button's spoken value.
 */
const plan = buildTemplate("enterprise");
const noEdit = () => null;
/** Rendered as next-intl's provider in the root layout does for a request in `locale` (English by default). */
const render = (node: ReactNode, locale: "en" | "fr" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

interface Control {
  label: string;
  spinbutton: boolean;
  valueText?: string;
}

/** Every labelled control of a rendered form: its label text, and the spoken value of a spin button. */
function controls(html: string): Map<string, Control> {
  const labels = new Map<string, string>();
  for (const m of html.matchAll(/<label[^>]*for="([^"]+)"[^>]*>(.*?)<\/label>/g)) labels.set(m[1]!, m[2]!);
  const out = new Map<string, Control>();
  for (const [id, label] of labels) {
    const input = html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? "";
    const valueText = input.match(/aria-valuetext="([^"]*)"/)?.[1];
    const spinbutton = input.includes('role="spinbutton"');
    out.set(unescape(label), { label: unescape(label), spinbutton, valueText });
  }
  return out;
}
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

const inspector = controls(
  render(
    <>
      <SchemaFields schema={workloadSchema} value={plan.workload} edit={noEdit} />
      <SchemaFields schema={slosSchema} value={plan.slos} edit={noEdit} />
      <SchemaFields schema={constraintsSchema} value={plan.constraints} edit={noEdit} />
    </>,
  ),
);
const bar = controls(render(<WorkloadBar plan={plan} onChange={() => {}} />));
const advisor = controls(render(<ConstraintsForm constraints={plan.constraints} onChange={() => {}} />));

describe("one label and unit per field, wherever it is edited", () => {
  it("the workload bar and the inspector show the same label and spoken value for every bar field", () => {
    const shared = [...bar.values()].filter((c) => c.spinbutton);
    expect(shared.length).toBe(11);
    for (const c of shared) expect(inspector.get(c.label), c.label).toEqual(c);
    expect(bar.get("Active share at peak (%)")).toEqual({
      label: "Active share at peak (%)",
      spinbutton: true,
      valueText: "20%",
    });
  });

  it("the advisor form and the inspector show the same label and unit for every numeric constraint", () => {
    const limits = [...advisor.values()].filter((c) => c.spinbutton);
    expect(limits.map((c) => c.label)).toEqual([
      "Monthly budget (USD/month)",
      "CAPEX cap (USD)",
      "Maximum power (W)",
      "Maximum rack space (U)",
      "Minimum model size (billion parameters)",
    ]);
    for (const c of limits) expect(inspector.get(c.label), c.label).toEqual(c);
    expect(advisor.get("Data stays on premises")).toBeDefined();
    expect(inspector.get("Data stays on premises")).toBeDefined();
  });
});

describe("the same fields in French", () => {
  it("the workload bar and the inspector agree in French, with the registry's French labels", () => {
    const barFr = controls(render(<WorkloadBar plan={plan} onChange={() => {}} />, "fr"));
    const inspectorFr = controls(
      render(<SchemaFields schema={workloadSchema} value={plan.workload} edit={noEdit} />, "fr"),
    );
    const users = fieldLabel(workloadSchema.shape.users, "fr");
    expect(users).not.toBe(fieldLabel(workloadSchema.shape.users, "en"));
    expect(barFr.get(users)?.spinbutton).toBe(true);
    expect(inspectorFr.get(users)).toEqual(barFr.get(users));
  });
});
