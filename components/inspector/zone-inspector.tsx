"use client";

import { useShallow } from "zustand/react/shallow";
import { ZONES, type ZoneKind } from "@/lib/catalog/components";
import { deleteCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useViewOnly } from "@/lib/editor/editor-context";
import { positionSchema, zoneSchema } from "@/lib/plan/node-schema";
import { FieldGroup, NumberField, SelectField, TextField } from "./fields";
import { FindingsFor } from "./findings-for";
import { ZONE_KIND_OPTIONS } from "./catalog-options";
import { useZoneEditor } from "./use-edit";
import styles from "./inspector.module.css";

const sizeShape = zoneSchema.shape.size.unwrap().shape;

/** A zone: name, kind, subnet, position and size, and the components in it. */
export function ZoneInspector({ zoneId }: { zoneId: string }) {
  const store = useEditorApi();
  const viewOnly = useViewOnly();
  const zone = useEditor((s) => s.doc.zones.find((z) => z.id === zoneId));
  const members = useEditor(
    useShallow((s) => s.doc.nodes.filter((n) => n.zoneId === zoneId).map((n) => n.id)),
  );
  const labels = useEditor(
    useShallow((s) => s.doc.nodes.filter((n) => n.zoneId === zoneId).map((n) => n.label)),
  );
  const edit = useZoneEditor(zoneId);
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
      <FieldGroup title="Zone">
        <TextField
          label="Name"
          value={zone.label}
          schema={zoneSchema.shape.label}
          onCommit={(v) => edit("label", (z) => ({ ...z, label: v ?? "" }))}
        />
        <SelectField
          label="Kind"
          value={zone.kind}
          options={ZONE_KIND_OPTIONS}
          onChange={(v) => edit("kind", (z) => ({ ...z, kind: v as ZoneKind }))}
        />
        <TextField
          label="Subnet (CIDR)"
          value={zone.cidr}
          schema={zoneSchema.shape.cidr}
          hint={`Reference: ${ZONES[zone.kind].defaultCidr}`}
          onCommit={(v) => edit("cidr", (z) => ({ ...z, cidr: v ?? "" }))}
        />
        <NumberField
          label="X (px)"
          value={zone.position.x}
          schema={positionSchema.shape.x}
          onCommit={(v) => edit("position.x", (z) => ({ ...z, position: { ...z.position, x: v! } }))}
        />
        <NumberField
          label="Y (px)"
          value={zone.position.y}
          schema={positionSchema.shape.y}
          onCommit={(v) => edit("position.y", (z) => ({ ...z, position: { ...z.position, y: v! } }))}
        />
        <NumberField
          label="Width (px)"
          value={zone.size.width}
          schema={sizeShape.width}
          onCommit={(v) => edit("size.width", (z) => ({ ...z, size: { ...z.size, width: v! } }))}
        />
        <NumberField
          label="Height (px)"
          value={zone.size.height}
          schema={sizeShape.height}
          onCommit={(v) => edit("size.height", (z) => ({ ...z, size: { ...z.size, height: v! } }))}
        />
      </FieldGroup>
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
