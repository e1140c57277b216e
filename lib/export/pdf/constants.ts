/** The proposal's languages and audiences (no imports: the browser's API client reads them through the query). */
export const PROPOSAL_LOCALES = ["en", "fr"] as const;
export type ProposalLocale = (typeof PROPOSAL_LOCALES)[number];

/** Who reads a proposal: a customer (plain words, no internal findings) or an engineer (adds the findings). */
export const AUDIENCES = ["customer", "engineer"] as const;
export type Audience = (typeof AUDIENCES)[number];
