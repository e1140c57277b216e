/**
 * The field registry: labels (English and French), help, units, ranges, slider scales and choices of every field of
 * the plan document and the estimate request, attached to their zod schemas with `field()`. Forms and the CLI read
 * it through `fieldLabel`, `fieldHint`, `optionLabel` and `numberSpec`; typed numbers go through `readNumberInput`.
 */
export {
  field,
  planFields,
  apiDescription,
  type FieldMeta,
  type OptionMeta,
  type SliderMeta,
  type SliderScale,
} from "./registry";
export {
  boundText,
  displayValue,
  enumValues,
  fieldHint,
  fieldLabel,
  fieldMeta,
  numberSpec,
  optionLabel,
  rangeText,
  unwrapField,
  type NumberSpec,
} from "./spec";
export { cleanNumber, inputText, readNumberInput, stepNumber, type NumberInputResult } from "./number-input";
export { SLIDER_STEPS, sliderAttributes, sliderPosition, valueFromSlider } from "./slider";
export { say, type Locale, type Text } from "./text";
export { labelWithUnit, unitOf, UNITS, valueWithUnit, type UnitId, type UnitSpec } from "./units";
