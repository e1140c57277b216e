export { CheckboxField, type CheckboxFieldProps } from "./checkbox-field";
export { FieldShell, describedBy, type FieldLayout, type FieldShellProps } from "./field-shell";
export { NumberField, type NumberFieldProps } from "./number-field";
export { FormReadOnly, useFormReadOnly } from "./read-only";
export { SelectField, type SelectFieldProps, type SelectOption } from "./select-field";
export { TextField, type TextFieldProps } from "./text-field";
export type { CommitResult } from "./use-throttled-commit";
