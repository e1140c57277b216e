import { z } from "zod";
import { AUDIENCES, PROPOSAL_LOCALES } from "./constants";

/** Query of GET …/proposal.pdf. Absent values: the plan's language (else the browser's), customer, today. */
export const proposalQuerySchema = z.object({
  lang: z
    .enum(PROPOSAL_LOCALES)
    .optional()
    .describe("Language (default: the plan's, else Accept-Language, else en)"),
  audience: z
    .enum(AUDIENCES)
    .optional()
    .describe(
      "customer (default) or engineer (adds the findings appendix; owner only — a link's audience is fixed)",
    ),
  date: z.iso
    .date()
    .optional()
    .describe("Day on the cover and the PDF's creation date, YYYY-MM-DD (default: today, UTC)"),
});
export type ProposalQuery = z.infer<typeof proposalQuerySchema>;
