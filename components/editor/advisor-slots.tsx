"use client";

import { useLocale } from "next-intl";
import { useCallback } from "react";
import { AdvisorPanel, optionTitle, scenarioFromOption } from "@/components/advisor";
import { ScenarioComparison } from "@/components/scenarios";
import type { AdviseOption } from "@/lib/engine/advisor";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { notice } from "@/lib/editor/notices";
import type { EditorStore } from "@/lib/editor/store";
import type { Locale } from "@/lib/i18n/locale";
import type { Constraints, Scenario } from "@/lib/plan/plan-schema";
import { placeWithoutOverlap } from "@/lib/editor/placement-doc";
import { applyScenario, scenarioFromCurrent } from "@/lib/plan/scenarios";
import { CurrentDesignFigures } from "./current-design-figures";

/** The store's commit, stable across renders (reads the store at call time). */
function useCommit(): EditorStore["commit"] {
  const store = useEditorApi();
  return useCallback((...args) => store.getState().commit(...args), [store]);
}

/**
 * The advisor (issue 8) wired to the editor: every action is one undoable commit of the document — applying an
 * option or a scenario swaps the AI nodes, saving one adds a scenario, constraint edits merge while typing.
 */
export function AdvisorSlot({ enabled }: { enabled: boolean }) {
  const store = useEditorApi();
  const doc = useEditor((s) => s.doc);
  const readOnly = useEditor((s) => s.access === "view");
  const commit = useCommit();
  const locale = useLocale() as Locale;
  return (
    <>
      <CurrentDesignFigures />
      <AdvisorPanel
        plan={doc}
        enabled={enabled}
        readOnly={readOnly}
        onConstraintsChange={(constraints: Constraints) =>
          commit(
            { ...store.getState().doc, constraints },
            { label: notice("advisorConstraintsLabel"), mergeKey: "advisor-constraints" },
          )
        }
        onApply={(o: AdviseOption) => {
          const current = store.getState().doc;
          if (
            commit(applyScenario(current, { nodes: o.deployment.nodes }), {
              label: notice("advisorApplyLabel", { option: optionTitle(o, locale) }),
            })
          )
            store
              .getState()
              .announce({ tone: "info", text: notice("advisorApplied", { option: optionTitle(o, locale) }) });
        }}
        onSaveAsScenario={(o: AdviseOption) => {
          const current = store.getState().doc;
          commit(
            { ...current, scenarios: [...current.scenarios, scenarioFromOption(current, o)] },
            { label: notice("advisorSaveLabel") },
          );
        }}
      />
    </>
  );
}

export function ScenariosSlot({ enabled }: { enabled: boolean }) {
  const store = useEditorApi();
  const doc = useEditor((s) => s.doc);
  const readOnly = useEditor((s) => s.access === "view");
  const commit = useCommit();
  return (
    <ScenarioComparison
      plan={doc}
      enabled={enabled}
      readOnly={readOnly}
      onApply={(id: string) => {
        const current = store.getState().doc;
        const s = current.scenarios.find((x) => x.id === id);
        if (!s) return;
        if (
          commit(placeWithoutOverlap(current, applyScenario(current, s)), {
            label: notice("scenarioApplyLabel", { scenario: s.name }),
          })
        )
          store.getState().announce({ tone: "info", text: notice("scenarioApplied", { scenario: s.name }) });
      }}
      onRemove={(id: string) => {
        const current = store.getState().doc;
        commit(
          { ...current, scenarios: current.scenarios.filter((s) => s.id !== id) },
          { label: notice("removeScenarioLabel") },
        );
      }}
      onAddSpecScenarios={(scenarios: Scenario[]) => {
        const current = store.getState().doc;
        commit(
          { ...current, scenarios: [...current.scenarios, ...scenarios] },
          { label: notice("addReferenceScenariosLabel") },
        );
      }}
      onCaptureCurrent={(name: string) => {
        const current = store.getState().doc;
        commit(
          { ...current, scenarios: [...current.scenarios, scenarioFromCurrent(current, name)] },
          { label: notice("captureLabel", { scenario: name }) },
        );
      }}
    />
  );
}
