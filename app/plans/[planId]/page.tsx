import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPlan } from "@/lib/server/plans/store";
import { EditorPage } from "@/components/editor/editor-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await getPlan((await params).planId);
  return { title: plan?.name ?? "Plan not found" };
}

/**
 * /plans/<id> — the designer. The server loads and parses the plan (getPlan upgrades older schema versions); an
 * unknown id is a 404, a stored document that no longer parses reaches error.tsx. The client renders the editor.
 */
export default async function PlanPage({ params }: Props) {
  const { planId } = await params;
  const plan = await getPlan(planId);
  if (!plan) notFound();
  return (
    <EditorPage
      planId={plan.id}
      source={{ kind: "plan", planId: plan.id }}
      document={plan.document}
      revision={plan.revision}
    />
  );
}
