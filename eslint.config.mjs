import coreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Layering is enforced here: lib/ is pure TypeScript (no React, Next or Prisma) except
 * lib/server (database), lib/editor (client state) and lib/queries (TanStack Query hooks).
 */
const pureLibRestriction = {
  patterns: [
    {
      group: ["react", "react/*", "react-dom", "react-dom/*"],
      message: "lib/ is pure TypeScript: React belongs in components/, lib/editor or lib/queries.",
    },
    { group: ["next", "next/*"], message: "lib/ is pure TypeScript: Next.js belongs in app/." },
    {
      group: ["@prisma/*", ".prisma/*", "@/lib/server", "@/lib/server/*"],
      message: "Only lib/server/ touches the database.",
    },
    {
      group: ["@/components", "@/components/*", "@/app/*"],
      message: "lib/ must not import from the UI layers above it.",
    },
  ],
};

/**
 * lib/plan is the leaf of the domain: the plan document, its schema, migrations and pure document operations. It
 * may use the catalog (ids, units, flow rules) but nothing that computes on a plan: the engine and the templates
 * import lib/plan, so an import back would be a folder cycle. Tests may build fixtures from the templates (nothing
 * imports a test).
 */
const planLeafRestriction = {
  patterns: [
    ...pureLibRestriction.patterns,
    {
      group: [
        "**/engine",
        "**/engine/*",
        "**/templates",
        "**/templates/*",
        "@/lib/engine*",
        "@/lib/templates*",
      ],
      message: "lib/plan is a leaf: it imports nothing from lib/engine or lib/templates (they import it).",
    },
  ],
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      "next-env.d.ts",
    ],
  },
  ...coreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/server/**", "lib/editor/**", "lib/queries/**"],
    rules: { "no-restricted-imports": ["error", pureLibRestriction] },
  },
  {
    files: ["lib/plan/**/*.ts"],
    ignores: ["lib/plan/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", planLeafRestriction] },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["app/api/**", "app/**/page.tsx", "app/**/layout.tsx", "app/**/route.ts", "app/**/actions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server", "@/lib/server/*"],
              message: "Client code reaches the database through the API (lib/queries), never lib/server.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
