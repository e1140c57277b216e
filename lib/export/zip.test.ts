import { unzipSync, strFromU8 } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { buildTemplate } from "../templates";
import { exportBundle } from "./bundle";
import { zipFiles } from "./zip";

const tz = process.env.TZ;
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe("zip", () => {
  it("is byte-identical for the same files, whatever the order and the time zone", () => {
    const { files } = exportBundle(buildTemplate("production"));
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    process.env.TZ = "UTC";
    const a = zipFiles(files);
    process.env.TZ = "Pacific/Auckland";
    const b = zipFiles(reversed);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("holds every file at its layout path", () => {
    const { files } = exportBundle(buildTemplate("minimal"));
    const entries = unzipSync(zipFiles(files));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(files).sort());
    expect(strFromU8(entries["README.md"]!)).toBe(files["README.md"]);
  });
});
