import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "src/generated/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "*.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // The domain is pure TypeScript: no framework, database or auth imports (STYLE.md).
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "@prisma/*", "@/generated/*", "@/server/*", "@/app/*", "pg", "better-sqlite3", "server-only"], message: "src/domain must stay free of framework and database code: pass data in." },
          ],
        },
      ],
    },
  },
  {
    // Only route actions files may declare server actions (STYLE.md: "use server" only in actions.ts).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/app/**/actions.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "ExpressionStatement > Literal[value='use server']", message: "\"use server\" belongs only in a route's actions.ts" }],
    },
  },
  {
    files: ["scripts/**/*.ts", "prisma/**/*.ts", "src/cli/**/*.ts", "tests/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
