/** Where the empty install's server keeps its database (scripts/e2e-server.ts), for the CLI calls the specs make. */
export const E2E_EMPTY_DATABASE_URL = "file:./tmp/e2e/empty.db";
export const E2E_EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 3101);
