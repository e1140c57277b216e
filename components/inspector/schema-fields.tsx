"use client";

import { useLocale } from "next-intl";
import type { z } from "zod";
import { CheckboxField, NumberField, SelectField, TextField } from "@/components/ui/form";
import {
  enumValues,
  fieldHint,
  fieldLabel,
  fieldMeta,
  numberSpec,
  optionLabel,
  say,
  unwrapField,
} from "@/lib/plan/fields";
import { withOptional, type EditFn } from "./use-edit";

/**
 * Fields generated from a zod object schema (plan metadata, workload, SLOs, costs, constraints): the type decides the
 * input (number, text, yes/no, choice), the schema validates, and the field registry gives the label with its unit,
 * the hint and the choices' names. Objects, arrays and records are left to dedicated editors.
 */
export interface SchemaFieldsProps<T extends Record<string, unknown>> {
  schema: z.ZodObject;
  value: T;
  edit: EditFn<T>;
  skip?: string[];
}

interface OneFieldProps {
  name: string;
  schema: z.ZodType;
  current: unknown;
  set: (value: unknown) => string | null;
}

/** The input for one field of the section, by its zod type; null for types edited elsewhere. */
function SchemaField({ name, schema, current, set }: OneFieldProps) {
  const { base, optional } = unwrapField(schema);
  const locale = useLocale();
  const label = fieldLabel(schema, locale);
  const hint = fieldHint(schema, locale);
  switch (base._zod.def.type) {
    case "number":
      return (
        <NumberField spec={numberSpec(schema, locale)} value={current as number | undefined} onCommit={set} />
      );
    case "string":
      return (
        <TextField
          label={label}
          hint={hint}
          value={current as string | undefined}
          optional={optional}
          multiline={name === "description"}
          schema={base}
          onCommit={set}
        />
      );
    case "boolean":
      return <CheckboxField label={label} hint={hint} checked={Boolean(current)} onChange={set} />;
    case "enum":
      return (
        <SelectField
          label={label}
          hint={hint}
          value={current === undefined ? "" : String(current)}
          options={[
            // An optional choice can be left unset; the registry's `empty` text says what that means.
            ...(optional
              ? [{ value: "", label: say(fieldMeta(schema).empty ?? { en: "—", fr: "—" }, locale) }]
              : []),
            ...enumValues(schema).map((o) => ({ value: o, label: optionLabel(schema, o, locale) })),
          ]}
          onChange={(v) => set(v === "" ? undefined : v)}
        />
      );
    default:
      return null;
  }
}

export function SchemaFields<T extends Record<string, unknown>>({
  schema,
  value,
  edit,
  skip = [],
}: SchemaFieldsProps<T>) {
  return (
    <>
      {Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) =>
        skip.includes(key) ? null : (
          <SchemaField
            key={key}
            name={key}
            schema={field}
            current={value[key]}
            set={(v) => edit(key, (obj) => withOptional(obj, key as keyof T, v as T[keyof T] | undefined))}
          />
        ),
      )}
    </>
  );
}
