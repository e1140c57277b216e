import { describe, expect, it } from "vitest";
import { actorName } from "./format-time";

describe("actorName", () => {
  it("names the owner in the reader's language", () => {
    expect(actorName("owner", "en")).toBe("Owner");
    expect(actorName("owner", "fr")).toBe("Propriétaire");
  });

  it("names a share link by the last four characters of its id", () => {
    expect(actorName("link:cm4x9zab12", "en")).toBe("Share link …ab12");
    expect(actorName("link:cm4x9zab12", "fr")).toBe("Lien de partage …ab12");
  });

  it("shows any other actor as it is, and defaults to English", () => {
    expect(actorName("ops@example.com", "fr")).toBe("ops@example.com");
    expect(actorName("owner")).toBe("Owner");
  });
});
