import { describe, expect, it } from "vitest";
import { createPersonSchema, createPostSchema } from "./directory";

describe("the directory's schemas", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["  ", undefined],
    [" Pat@Example.ORG ", "pat@example.org"],
  ])("reads the email %j as %j", (email, read) => {
    expect(createPersonSchema.parse({ areaId: "a", name: "Pat", email }).email).toBe(read);
  });

  it.each(["pat", "pat@", "@example.org", "pat example@x.org"])("refuses the email %j at the field", (email) => {
    const result = createPersonSchema.safeParse({ areaId: "a", name: "Pat", email });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["email"]);
  });

  it("upper-cases a post key and refuses one with other characters", () => {
    const post = { areaId: "a", title: "Director", organisationId: "o" };
    expect(createPostSchema.parse({ ...post, key: " dcs-2 " }).key).toBe("DCS-2");
    expect(createPostSchema.safeParse({ ...post, key: "DCS 2" }).error?.issues[0]?.message).toContain(
      "upper-case letters, digits and hyphens",
    );
  });
});
