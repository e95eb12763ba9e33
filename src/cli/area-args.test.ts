import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./main";

describe("cli area arguments", () => {
  it("parses export, import and create with their options", () => {
    expect(parseArgs(["area", "export", "--area", "kent", "--out", "kent.json"])).toMatchObject({
      command: "area",
      areaAction: "export",
      area: "kent",
      out: "kent.json",
    });
    expect(parseArgs(["area", "import", "--file", "kent.json", "--dry-run", "--json"])).toMatchObject({
      areaAction: "import",
      file: "kent.json",
      dryRun: true,
      json: true,
    });
    expect(parseArgs(["area", "create", "--slug", "kent", "--name", "Kent County", "--json"])).toMatchObject({
      areaAction: "create",
      slug: "kent",
      name: "Kent County",
      json: true,
    });
  });

  it("leaves the other commands' parsed shape as it was", () => {
    expect(parseArgs(["areas", "--json"])).toEqual({ command: "areas", json: true, write: false, standing: false });
  });

  it.each([
    [["area"], /^area needs one of: export, import, create$/],
    [["area", "delete"], /^area needs one of: export, import, create \(not "delete"\)$/],
    [["area", "export"], /^area export needs --area <area>$/],
    [["area", "export", "--area"], /^--area needs a value, e.g. --area kent$/],
    [
      ["area", "export", "--area", "kent", "--json"],
      /^Unknown option "--json" for area export\. Options: --area, --out$/,
    ],
    [["area", "import"], /^area import needs --file <file>$/],
    [["area", "create", "--slug", "kent"], /^area create needs --name <name>$/],
    [["area", "create"], /^area create needs --slug <slug> and --name <name>$/],
  ])("refuses %j with a message naming what is wrong", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
