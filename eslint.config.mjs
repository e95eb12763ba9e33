import path from "node:path";
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Import boundaries between folders (STYLE.md, "Layout that shows the architecture").
 *
 * Checked by resolving each specifier to a path, not by matching the string, so `@/../prisma/x`,
 * `../lib/../server/db`, and any depth of `../` all count, and so do
 * `export ... from`, `import()`, `require()` and `import("x").T` types, which `no-restricted-imports`
 * does not see. Package imports (no `@/` or `.` prefix) are left to
 * `no-restricted-imports` below.
 */
const repoRoot = import.meta.dirname;
const aliases = [["@/", "src/"]];

/**
 * `from`: the importing folder. `forbid`: folders it may not import. `except`: files inside a
 * forbidden folder that are allowed anyway. `allowTypeImports`: `import type` is fine (erased at build).
 * A file outside src/ is forbidden to src/ by `outsideSrc`.
 */
const boundaries = [
  {
    from: "src",
    outsideSrc: true,
    message: "src/ must not import from outside src/ (scripts/, prisma/, tests/): move the shared code into src/.",
  },
  {
    from: "src/lib",
    forbid: ["src/server", "src/app"],
    message: "src/lib is shared by every layer: it must not import server code or routes.",
  },
  {
    from: "src/domain",
    forbid: ["src/server", "src/app", "src/components", "src/cli", "src/generated"],
    message: "src/domain must stay free of framework and database code: pass data in.",
  },
  {
    from: "src/domain",
    forbid: ["src/lib/schemas"],
    except: ["src/lib/schemas/vocabulary"],
    allowTypeImports: true,
    message:
      "src/domain must not depend on zod: import the plain vocabulary, or only types (`import type`) from src/lib/schemas.",
  },
  {
    from: "src/server",
    forbid: ["src/app"],
    message: "Server code must not import routes: move what both need into src/server or src/lib.",
  },
  {
    from: "src/components",
    forbid: ["src/server"],
    allowTypeImports: true,
    message: "Components may import only types from src/server: take data as props.",
  },
];

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** The repository-relative path a specifier points at (no extension), or null for a package. */
function resolveSpecifier(specifier, fromFile) {
  for (const [alias, target] of aliases) {
    if (specifier.startsWith(alias)) return path.posix.normalize(target + specifier.slice(alias.length));
  }
  if (specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../")) {
    return path
      .relative(repoRoot, path.resolve(path.dirname(fromFile), specifier))
      .split(path.sep)
      .join("/");
  }
  return null;
}

const boundariesPlugin = {
  rules: {
    "no-cross-layer-import": {
      meta: {
        type: "problem",
        docs: { description: "Keep imports between src/ folders pointing the right way" },
        schema: [{ type: "array" }],
        messages: { crossLayer: "'{{specifier}}' resolves to {{target}}. {{message}}" },
      },
      create(context) {
        const file = path.relative(repoRoot, context.filename).split(path.sep).join("/");
        const rules = (context.options[0] ?? []).filter((rule) => within(file, rule.from));
        if (rules.length === 0) return {};

        function check(sourceNode, typeOnly) {
          if (!sourceNode || typeof sourceNode.value !== "string") return;
          const specifier = sourceNode.value.trim();
          const target = resolveSpecifier(specifier, context.filename);
          if (target === null) return;
          for (const rule of rules) {
            if (typeOnly && rule.allowTypeImports) continue;
            const hit = rule.outsideSrc
              ? !within(target, "src")
              : rule.forbid.some((folder) => within(target, folder)) &&
                !(rule.except ?? []).some((allowed) => within(target, allowed));
            if (hit)
              context.report({
                node: sourceNode,
                messageId: "crossLayer",
                data: { specifier, target, message: rule.message },
              });
          }
        }
        const allTypes = (specifiers, kind) => specifiers.length > 0 && specifiers.every((s) => s[kind] === "type");

        return {
          ImportDeclaration: (node) =>
            check(node.source, node.importKind === "type" || allTypes(node.specifiers, "importKind")),
          ExportNamedDeclaration: (node) =>
            check(node.source, node.exportKind === "type" || allTypes(node.specifiers, "exportKind")),
          ExportAllDeclaration: (node) => check(node.source, node.exportKind === "type"),
          ImportExpression: (node) => check(node.source, false),
          TSImportType: (node) => check(node.source ?? node.argument?.literal, true),
          TSExternalModuleReference: (node) => check(node.expression, node.parent?.importKind === "type"),
          CallExpression: (node) => {
            if (node.callee.type === "Identifier" && node.callee.name === "require") check(node.arguments[0], false);
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/generated/**",
      "tmp/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "*.config.mjs",
    ],
  },
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
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // The domain is pure TypeScript: no framework, database, auth or zod packages (STYLE.md).
    // Its imports of src/ folders (server, app, generated, ...) are checked by the boundaries rule above.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "next-auth",
                "next-auth/*",
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "@prisma/*",
                "pg",
                "pg/*",
                "better-sqlite3",
                "server-only",
                "zod",
                "zod/*",
              ],
              message: "src/domain must stay free of framework, database and validation code: pass data in.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { boundaries: boundariesPlugin },
    rules: { "boundaries/no-cross-layer-import": ["error", boundaries] },
  },
  {
    // Only route actions files may declare server actions (STYLE.md: "use server" only in actions.ts).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/app/**/actions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExpressionStatement > Literal[value='use server']",
          message: '"use server" belongs only in a route\'s actions.ts',
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.ts", "prisma/**/*.ts", "src/cli/**/*.ts", "tests/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
