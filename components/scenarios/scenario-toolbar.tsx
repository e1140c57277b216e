"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { requestSpecScenarios } from "@/lib/editor/advisor";
import type { PlanDocument, Scenario } from "@/lib/plan/plan-schema";
import {
  MAX_SCENARIO_NAME,
  scenarioNameError,
  specScenariosMessage,
  specScenariosToAdd,
} from "./scenario-actions-data";
import styles from "./scenarios.module.css";

export interface ScenarioToolbarProps {
  /** The plan (its scenarios, to avoid duplicates; the reference scenarios are sized for it). */
  plan: PlanDocument;
  /** Adds the reference scenarios that are not in the plan yet (never more than the plan's limit). */
  onAddSpecScenarios: (scenarios: Scenario[]) => void;
  /** "Capture current design" with a valid, unused name (trimmed). */
  onCaptureCurrent: (name: string) => void;
  /** Disable the buttons (read-only plan). */
  disabled?: boolean;
}

type Message = { tone: "info" | "error"; text: string } | null;

/**
 * "Add the four reference scenarios" (sized for the plan by `specScenarios(plan)` in the advisor worker) and
 * "Capture current design" with a name field validated as the user types. Outcomes are announced politely.
 */
export function ScenarioToolbar({
  plan,
  onAddSpecScenarios,
  onCaptureCurrent,
  disabled = false,
}: ScenarioToolbarProps) {
  const [message, setMessage] = useState<Message>(null);
  const spec = useAddSpec(plan, onAddSpecScenarios, setMessage);
  const t = useTranslations("scenarios.toolbar");
  return (
    <div className={styles.toolbar}>
      <button
        type="button"
        className="btn"
        onClick={spec.add}
        disabled={disabled || spec.adding}
        aria-busy={spec.adding}
      >
        {spec.adding ? t("sizing") : t("addSpec")}
      </button>
      <CaptureForm
        plan={plan}
        onCaptureCurrent={onCaptureCurrent}
        disabled={disabled}
        onMessage={setMessage}
      />
      <p
        className={styles.message}
        role={message?.tone === "error" ? "alert" : "status"}
        style={{ flexBasis: "100%" }}
      >
        {message?.text}
      </p>
    </div>
  );
}

/** Sizes the reference scenarios in the worker and adds the missing ones; the outcome becomes the message. */
function useAddSpec(
  plan: PlanDocument,
  onAddSpecScenarios: ScenarioToolbarProps["onAddSpecScenarios"],
  setMessage: (message: Message) => void,
) {
  const t = useTranslations("scenarios.toolbar");
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const add = async () => {
    setAdding(true);
    setMessage(null);
    try {
      const result = specScenariosToAdd(plan, await requestSpecScenarios(plan));
      if (result.add.length) onAddSpecScenarios(result.add);
      setMessage({ tone: "info", text: specScenariosMessage(result, locale) });
    } catch (e) {
      setMessage({
        tone: "error",
        text: t("sizingFailed", { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setAdding(false);
    }
  };
  return { add, adding };
}

/** "Capture current design" with its name field, validated as the user types. */
function CaptureForm({
  plan,
  onCaptureCurrent,
  disabled,
  onMessage,
}: Pick<ScenarioToolbarProps, "plan" | "onCaptureCurrent"> & {
  disabled: boolean;
  onMessage: (message: Message) => void;
}) {
  const t = useTranslations("scenarios.toolbar");
  const locale = useLocale();
  const id = useId();
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const nameError = touched ? scenarioNameError(plan, name, locale) : null;

  const capture = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    const error = scenarioNameError(plan, name, locale);
    if (error) return;
    onCaptureCurrent(name.trim());
    onMessage({ tone: "info", text: t("captured", { name: name.trim() }) });
    setName("");
    setTouched(false);
  };

  return (
    <form className={styles.captureForm} onSubmit={capture} noValidate aria-label={t("capture")}>
      <span className={styles.field}>
        <label htmlFor={`${id}-name`}>{t("nameLabel")}</label>
        <input
          id={`${id}-name`}
          className={styles.input}
          value={name}
          maxLength={MAX_SCENARIO_NAME + 20}
          placeholder={t("namePlaceholder")}
          disabled={disabled}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`${id}-name-error`}
          onChange={(e) => {
            setName(e.target.value);
            setTouched(true);
          }}
        />
      </span>
      <button type="submit" className="btn" disabled={disabled}>
        {t("capture")}
      </button>
      <p id={`${id}-name-error`} className={styles.error} aria-live="polite">
        {nameError}
      </p>
    </form>
  );
}
