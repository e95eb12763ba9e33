import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { getPerson } from "@/server/features/membership/get-person";
import { membershipMatrix } from "@/server/features/membership/membership-matrix";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { makeMembership, makePerson, makePost } from "../factories";
import { withTestDatabase } from "./support/test-db";

/**
 * Issue 14: a person who sits on boards in two areas (Halton and Kent) shows, on each area's person
 * page and membership matrix, only the boards and posts the viewer may read. A global administrator
 * still sees them all; the command line (no viewer) too.
 */
const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
let slug: string;
const posts: Record<string, string> = {};

const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.halton = await viewerFor(demoEmail("halton", "HSCB", "member"));
  v.kent = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  const board = async (s: string) => (await t.db.board.findUniqueOrThrow({ where: { slug: s } })).id;
  const area = async (s: string) => (await t.db.area.findUniqueOrThrow({ where: { slug: s } })).id;
  const person = await makePerson(t.db, { name: "Testperson Twoareas" });
  slug = person.slug;
  await makeMembership(t.db, { personId: person.id, boardId: await board("halton-hscb") });
  await makeMembership(t.db, { personId: person.id, boardId: await board("kent-hwb"), capacity: "chair" });
  const holds = async (key: string, post: { id: string; title: string }) => {
    posts[key] = post.title;
    await t.db.postHolding.create({ data: { postId: post.id, personId: person.id, startsOn: "2026-01-01" } });
  };
  await holds("haltonBoard", await makePost(t.db, { boardId: await board("halton-hscb"), title: "Halton board post" }));
  await holds("haltonArea", await makePost(t.db, { areaId: await area("halton"), title: "Halton area post" }));
  await holds("kentBoard", await makePost(t.db, { boardId: await board("kent-hwb"), title: "Kent board post" }));
  await holds("kentArea", await makePost(t.db, { areaId: await area("kent"), title: "Kent area post" }));
});

const page = async (viewer: Viewer | null, area: string) => {
  const p = await getPerson({ db: t.db, viewer }, area, slug);
  return { boards: p.memberships.map((m) => m.key).sort(), posts: p.posts.map((h) => h.title).sort() };
};
const matrixPosts = async (viewer: Viewer | null, area: string) => {
  const m = await membershipMatrix({ db: t.db, viewer }, area, {}, new Date("2026-11-23T12:00:00Z"));
  const row = m.people.find((p) => p.slug === slug)!;
  const exported = m.all.filter((r) => r.person === "Testperson Twoareas").map((r) => r.posts);
  return { shown: [...row.posts].sort(), exported: [...new Set(exported)] };
};

describe(`a person page across areas on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("shows a Halton viewer only Halton's boards and posts", async () => {
    expect(await page(v.halton!, "halton")).toEqual({
      boards: ["HSCB"],
      posts: [posts.haltonArea, posts.haltonBoard].sort(),
    });
    const matrix = await matrixPosts(v.halton!, "halton");
    expect(matrix.shown).toEqual([posts.haltonArea, posts.haltonBoard].sort());
    expect(matrix.exported.join(";")).not.toMatch(/Kent/);
  });

  it("shows a Kent viewer only Kent's boards and posts", async () => {
    expect(await page(v.kent!, "kent")).toEqual({ boards: ["HWB"], posts: [posts.kentArea, posts.kentBoard].sort() });
    expect((await matrixPosts(v.kent!, "kent")).shown).toEqual([posts.kentArea, posts.kentBoard].sort());
  });

  it("shows a global administrator, and the command line, every board and post", async () => {
    const all = { boards: ["HSCB", "HWB"], posts: Object.values(posts).sort() };
    expect(await page(v.admin!, "halton")).toEqual(all);
    expect(await page(null, "kent")).toEqual(all);
    expect((await matrixPosts(v.admin!, "kent")).shown).toEqual(Object.values(posts).sort());
  });
});
