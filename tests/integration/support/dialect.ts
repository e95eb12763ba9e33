/** Which database the integration tests run against: TEST_DIALECT=sqlite (default) or postgresql. */
export const TEST_DIALECT = (process.env.TEST_DIALECT ?? "sqlite") as "sqlite" | "postgresql";
if (TEST_DIALECT !== "sqlite" && TEST_DIALECT !== "postgresql") {
  throw new Error(`TEST_DIALECT must be sqlite or postgresql, not ${String(process.env.TEST_DIALECT)}`);
}
/** The PostgreSQL server used to create throwaway databases; never its own data. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
