"use client";

import type { z } from "zod";
import { SECTION_LABELS } from "@/lib/editor/field-labels";
import { CheckboxField, NumberField, SelectField, TextField } from "./fields";
import { withOptional, type EditFn } from "./use-edit";

/**
 * Fields generated from a zod object schema (plan metadata, workload, SLOs, costs, constraints): the type decides the
 * input (number, text, yes/no, choice), the schema validates, the description is the hint. Objects, arrays and
 * records are left to dedicated editors (`skip`).
 */
type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema }; description?: string };

interface Unwrapped {
  base: AnySchema;
  optional: boolean;
  description?: string;
}

function unwrap(schema: AnySchema): Unwrapped {
  let s = schema;
  let optional = false;
  let description = schema.description;
  while ((s.def.type === "default" || s.def.type === "optional") && s.def.innerType) {
    if (s.def.type === "optional") optional = true;
    s = s.def.innerType;
    description ??= s.description;
  }
  return { base: s, optional, description };
}

export interface SchemaFieldsProps<T extends Record<string, unknown>> {
  /** Label set in lib/editor/field-labels.ts. */
  labels: keyof typeof SECTION_LABELS;
  schema: z.ZodObject;
  value: T;
  edit: EditFn<T>;
  skip?: string[];
}

export function SchemaFields<T extends Record<string, unknown>>({
  labels,
  schema,
  value,
  edit,
  skip = [],
}: SchemaFieldsProps<T>) {
  const names = SECTION_LABELS[labels] ?? {};
  return (
    <>
      {Object.entries(schema.shape as Record<string, AnySchema>).map(([key, field]) => {
        if (skip.includes(key)) return null;
        const { base, optional, description } = unwrap(field);
        const label = names[key] ?? description ?? key;
        const hint = description && description !== label ? description : undefined;
        const current = value[key];
        const set = (v: unknown) =>
          edit(key, (obj) => withOptional(obj, key as keyof T, v as T[keyof T] | undefined));
        switch (base.def.type) {
          case "number":
            return (
              <NumberField
                key={key}
                label={label}
                hint={hint}
                value={current as number | undefined}
                optional={optional}
                schema={base}
                placeholder={optional ? "No limit" : undefined}
                onCommit={set}
              />
            );
          case "string":
            return (
              <TextField
                key={key}
                label={label}
                hint={hint}
                value={current as string | undefined}
                optional={optional}
                multiline={key === "description"}
                schema={base}
                onCommit={set}
              />
            );
          case "boolean":
            return (
              <CheckboxField key={key} label={label} hint={hint} checked={Boolean(current)} onChange={set} />
            );
          case "enum": {
            const options = (base as unknown as { options: string[] }).options;
            return (
              <SelectField
                key={key}
                label={label}
                hint={hint}
                value={String(current)}
                options={options.map((o) => ({ value: o, label: o }))}
                onChange={set}
              />
            );
          }
          default:
            return null;
        }
      })}
    </>
  );
}
