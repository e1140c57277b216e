"use client";

import {
  COMPONENT_KINDS,
  COMPONENTS,
  PALETTE_CATEGORIES,
  ZONES,
  type ComponentKind,
} from "@/lib/catalog/components";
import { addComponentCommand } from "@/lib/editor/commands";
import { useEditorApi } from "@/lib/editor/editor-context";
import { COMPONENT_DRAG_TYPE } from "@/components/canvas/palette-drag";
import { useTranslations } from "next-intl";
import { CatalogSearch } from "./catalog-search";
import styles from "./palette.module.css";

function PaletteItem({ kind }: { kind: ComponentKind }) {
  const store = useEditorApi();
  const spec = COMPONENTS[kind];
  const zone = spec.defaultZone ? ZONES[spec.defaultZone].name : null;
  const t = useTranslations("palette");
  return (
    <li>
      <button
        type="button"
        className={styles.item}
        draggable
        // The name is the content ("Add Redis — Redis >= 7.4"): the verb and the dash are visually hidden, so the
        // name contains the visible text word for word (WCAG 2.5.3, label in name) with no aria-label to drift.
        title={t("addTitle", { technology: spec.technology, role: spec.role, zone: zone ?? "none" })}
        onDragStart={(e) => {
          e.dataTransfer.setData(COMPONENT_DRAG_TYPE, kind);
          e.dataTransfer.effectAllowed = "copy";
        }}
        // Enter and Space activate a button: the keyboard way to add a component.
        onClick={() => addComponentCommand(store, kind)}
      >
        <span className={styles.icon} aria-hidden="true" data-category={spec.category}>
          {spec.icon}
        </span>
        <span className={styles.itemText}>
          <span className="visually-hidden">{t("addVerb")} </span>
          <span className={styles.itemName}>{spec.name}</span>
          <span className="visually-hidden"> —</span>{" "}
          <span className={styles.itemMeta}>{spec.technology}</span>
        </span>
      </button>
    </li>
  );
}

/**
 * The component palette, grouped by category: drag an item onto the canvas (into a zone to parent it there), or
 * press Enter/Space on it to add it to its default zone. Below it, the hardware and model search.
 */
export function Palette() {
  const t = useTranslations("palette");
  return (
    <aside className={styles.palette} aria-label={t("label")}>
      <h2 className={styles.heading}>{t("heading")}</h2>
      {PALETTE_CATEGORIES.map((category) => {
        const kinds = COMPONENT_KINDS.filter((k) => COMPONENTS[k].category === category);
        const id = `palette-${category.toLowerCase()}`;
        return (
          <section key={category} aria-labelledby={id} className={styles.group}>
            <h3 id={id} className={styles.groupHeading}>
              {category}
            </h3>
            <ul className={styles.list}>
              {kinds.map((kind) => (
                <PaletteItem key={kind} kind={kind} />
              ))}
            </ul>
          </section>
        );
      })}
      <CatalogSearch />
    </aside>
  );
}
