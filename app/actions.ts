"use server";

import { redirect } from "next/navigation";
import { buildTemplate, emptyPlan, isTemplateId } from "@/lib/templates";
import { createPlan } from "@/lib/server/plans/store";

/** "New plan" from the landing page: creates the plan from a template (or empty) and opens it. */
export async function createPlanFromTemplate(formData: FormData): Promise<void> {
  const templateId = String(formData.get("templateId") ?? "");
  const document =
    templateId === "empty"
      ? emptyPlan("Untitled plan")
      : isTemplateId(templateId)
        ? buildTemplate(templateId)
        : null;
  if (!document) throw new Error(`Unknown template "${templateId}"`);
  const { id } = await createPlan({
    document,
    templateId: templateId === "empty" ? null : templateId,
    message: "Created from template",
  });
  redirect(`/plans/${id}`);
}
