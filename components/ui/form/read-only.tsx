"use client";

import { createContext, useContext, type ReactNode } from "react";

const ReadOnly = createContext(false);

/**
 * Makes every field below read-only (a view-only link): text and number inputs keep their value selectable
 * (`readOnly`), choices are disabled.
 */
export function FormReadOnly({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnly.Provider value={readOnly}>{children}</ReadOnly.Provider>;
}

export const useFormReadOnly = (): boolean => useContext(ReadOnly);
