"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useShallow } from "zustand/react/shallow";
import { NumberField, SelectField } from "@/components/ui/form";
import { bulkEditCommand } from "@/lib/editor/commands";
import { formatText, type NoticeTranslate, type Text } from "@/lib/editor/notices";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { bulkFields, type Shared } from "@/lib/editor/ops/bulk";
import { fieldLabel, fieldMeta, numberSpec, say } from "@/lib/plan/fields";
import { nodeSchema, servingSchema } from "@/lib/plan/node-schema";
import { FieldGroup } from "./field-group";
import { PRODUCT_OPTIONS } from "./catalog-options";

const MIXED = "__mixed";
const NO_ZONE = "";
const shape = nodeSchema.shape;

const sharedValue = <T,>(s: Shared<T>): T | undefined => (s === "mixed" ? undefined : s.value);

/**
 * The fields every selected component has (replicas, zone; the product when they are all the same kind of serving
 * node), edited for all of them at once: one undo step per change, validated with the node schema. A field whose
 * values differ shows "Mixed" until set.
 */
export function BulkFields() {
  const locale = useLocale();
  const t = useTranslations("inspector.bulk");
  const tn = useTranslations("notices") as unknown as NoticeTranslate;
  /** A refusal in the reader's language (the field shows it under the input); null: applied. */
  const said = (r: Text | null) => (r === null ? null : formatText(r, tn));
  const store = useEditorApi();
  const nodeIds = useEditor(useShallow((s) => s.selection.nodes));
  // The nodes and zones arrays keep their identity until they change: derive the fields from them, not in a selector.
  const nodes = useEditor((s) => s.doc.nodes);
  const zones = useEditor((s) => s.doc.zones);
  const fields = useMemo(() => bulkFields({ nodes }, nodeIds), [nodes, nodeIds]);
  if (!fields) return null;
  const replicas = sharedValue(fields.replicas);
  const zone = sharedValue(fields.zoneId);
  const mixed = { value: MIXED, label: t("mixed") };
  return (
    <FieldGroup title={t("title", { count: fields.nodeIds.length })}>
      <NumberField
        spec={numberSpec(shape.replicas, locale)}
        value={replicas}
        placeholder={replicas === undefined ? t("mixed") : undefined}
        onCommit={(v) =>
          v === undefined ? null : said(bulkEditCommand(store, { field: "replicas", replicas: v }))
        }
      />
      <SelectField
        label={fieldLabel(shape.zoneId, locale)}
        value={fields.zoneId === "mixed" ? MIXED : (zone ?? NO_ZONE)}
        options={[
          ...(fields.zoneId === "mixed" ? [mixed] : []),
          { value: NO_ZONE, label: say(fieldMeta(shape.zoneId).empty!, locale) },
          ...zones.map((z) => ({ value: z.id, label: `${z.label} (${z.cidr})` })),
        ]}
        onChange={(v) =>
          v === MIXED
            ? null
            : said(bulkEditCommand(store, { field: "zoneId", zoneId: v === NO_ZONE ? null : v }))
        }
      />
      {fields.product && (
        <SelectField
          label={fieldLabel(servingSchema.shape.product, locale)}
          value={fields.product.shared === "mixed" ? MIXED : (fields.product.shared.value ?? "")}
          options={[
            ...(fields.product.shared === "mixed" ? [mixed] : []),
            ...PRODUCT_OPTIONS.filter((o) => o.value !== "" || fields.product!.shared !== "mixed"),
          ]}
          onChange={(v) =>
            v === MIXED || v === "" ? null : said(bulkEditCommand(store, { field: "product", productId: v }))
          }
        />
      )}
      {!fields.product && <p className="muted">{t("productNote")}</p>}
    </FieldGroup>
  );
}
