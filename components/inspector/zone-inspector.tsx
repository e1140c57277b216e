"use client";

import { useLocale } from "next-intl";
import { useShallow } from "zustand/react/shallow";
import { NumberField, SelectField, TextField } from "@/components/ui/form";
import { ZONES, type ZoneKind } from "@/lib/catalog/components";
import { deleteCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { fieldLabel, numberSpec } from "@/lib/plan/fields";
import { positionSchema, zoneSchema, type PlanZone } from "@/lib/plan/node-schema";
import { FieldGroup } from "./field-group";
import { FindingsFor } from "./findings-for";
import { ZONE_KIND_OPTIONS } from "./catalog-options";
import { useZoneEditor } from "./use-edit";
import styles from "./inspector.module.css";

const shape = zoneSchema.shape;
const sizeShape = shape.size.unwrap().shape;

/** A zone: name, kind, subnet, position and size, and the components in it. */
export function ZoneInspector({ zoneId }: { zoneId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const zone = useEditor((s) => s.doc.zones.find((z) => z.id === zoneId));
  if (!zone) return null;
  return (
    <div className={styles.stack}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>{zone.label} zone</h2>
          <p className={styles.subtitle}>{ZONES[zone.kind].purpose}</p>
        </div>
      </header>
      <FindingsFor target={{ type: "zone", id: zoneId }} />
      <ZoneFields zone={zone} />
      <ZoneMembers zoneId={zoneId} />
      {!viewOnly && (
        <div className={styles.actions}>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => deleteCommand(store, { zones: [zoneId] })}
          >
            Delete zone and its components
          </button>
        </div>
      )}
    </div>
  );
}

/** Name, kind, subnet, and the zone's box on the canvas. */
function ZoneFields({ zone }: { zone: PlanZone }) {
  const locale = useLocale();
  const edit = useZoneEditor(zone.id);
  return (
    <FieldGroup title="Zone">
      <TextField
        label={fieldLabel(shape.label, locale)}
        value={zone.label}
        schema={shape.label}
        onCommit={(v) => edit("label", (z) => ({ ...z, label: v ?? "" }))}
      />
      <SelectField
        label={fieldLabel(shape.kind, locale)}
        value={zone.kind}
        options={ZONE_KIND_OPTIONS}
        onChange={(v) => edit("kind", (z) => ({ ...z, kind: v as ZoneKind }))}
      />
      <TextField
        label={fieldLabel(shape.cidr, locale)}
        value={zone.cidr}
        schema={shape.cidr}
        hint={`Reference: ${ZONES[zone.kind].defaultCidr}`}
        onCommit={(v) => edit("cidr", (z) => ({ ...z, cidr: v ?? "" }))}
      />
      {(["x", "y"] as const).map((axis) => (
        <NumberField
          key={axis}
          spec={numberSpec(positionSchema.shape[axis], locale)}
          value={zone.position[axis]}
          onCommit={(v) =>
            edit(`position.${axis}`, (z) => ({ ...z, position: { ...z.position, [axis]: v! } }))
          }
        />
      ))}
      {(["width", "height"] as const).map((side) => (
        <NumberField
          key={side}
          spec={numberSpec(sizeShape[side], locale)}
          value={zone.size[side]}
          onCommit={(v) => edit(`size.${side}`, (z) => ({ ...z, size: { ...z.size, [side]: v! } }))}
        />
      ))}
    </FieldGroup>
  );
}

/** The components in the zone, each a link that selects it. */
function ZoneMembers({ zoneId }: { zoneId: string }) {
  const store = useEditorApi();
  const members = useEditor(
    useShallow((s) => s.doc.nodes.filter((n) => n.zoneId === zoneId).map((n) => n.id)),
  );
  const labels = useEditor(
    useShallow((s) => s.doc.nodes.filter((n) => n.zoneId === zoneId).map((n) => n.label)),
  );
  return (
    <section aria-label="Components in this zone" className={styles.section}>
      <h3 className={styles.sectionTitle}>Components ({members.length})</h3>
      <ul className={styles.edgeList}>
        {members.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => store.getState().select({ nodes: [id] })}
            >
              {labels[i]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
