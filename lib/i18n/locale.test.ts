import { describe, expect, it } from "vitest";
import { acceptedLanguages, negotiateLocale } from "./locale";

describe("negotiateLocale", () => {
  it("prefers the saved choice over the browser", () => {
    expect(negotiateLocale("en", "fr-FR,fr;q=0.9")).toBe("en");
    expect(negotiateLocale("fr", "en-US")).toBe("fr");
  });

  it("reads the browser's languages by weight and primary subtag", () => {
    expect(negotiateLocale(undefined, "fr-FR")).toBe("fr");
    expect(negotiateLocale(undefined, "de-DE,fr-CA;q=0.8,en;q=0.5")).toBe("fr");
    expect(negotiateLocale(undefined, "en;q=0.4,fr;q=0.6")).toBe("fr");
    expect(negotiateLocale(undefined, "fr;q=0,en")).toBe("en");
  });

  it("falls back to English for unknown, absent or invalid input", () => {
    expect(negotiateLocale("de", "de-DE,es")).toBe("en");
    expect(negotiateLocale(null, null)).toBe("en");
    expect(negotiateLocale(undefined, "*")).toBe("en");
  });

  it("orders equal weights as written", () => {
    expect(acceptedLanguages("fr, en;q=0.9, de")).toEqual(["fr", "de", "en"]);
  });
});
