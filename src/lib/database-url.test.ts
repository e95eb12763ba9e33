import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to the SQLite file beside the project", () => {
    expect(parseDatabaseUrl(undefined, "/srv/portal")).toEqual({
      dialect: "sqlite",
      url: DEFAULT_DATABASE_URL,
      file: "/srv/portal/data/portal.db",
    });
    expect(parseDatabaseUrl("  ", "/srv/portal").dialect).toBe("sqlite");
  });
  it("keeps absolute SQLite paths", () => {
    expect(parseDatabaseUrl("file:/var/lib/portal.db")).toMatchObject({
      dialect: "sqlite",
      file: "/var/lib/portal.db",
    });
  });
  it.each(["postgresql://u@h:5432/db", "postgres://u:p@h/db"])("reads %s as PostgreSQL", (url) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect: "postgresql", url });
  });
  it("refuses other schemes by name", () => {
    expect(() => parseDatabaseUrl("mysql://root@localhost/db")).toThrow(
      /must start with file: \(SQLite\) or postgresql:\/\//,
    );
  });
});
