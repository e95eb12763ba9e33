import { beforeAll, describe, expect, it } from "vitest";
import { recordPostHolder } from "@/server/features/membership/record-post-holder";
import { getAreaPost } from "@/server/features/membership/get-area-post";
import { listAreaPosts } from "@/server/features/membership/list-area-posts";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const now = new Date("2026-11-23T12:00:00Z");

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.secretariat = await viewerFor(demoEmail("kent", "CHWB", "secretariat"));
  v.member = await viewerFor(demoEmail("kent", "CHWB", "member"));
});

describe(`the area's posts on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("list each post's holder today, and offer the new-holder form only to those the service lets record it", async () => {
    const flags = async (viewer: Viewer) =>
      Object.fromEntries(
        (await listAreaPosts({ db: t.db, viewer }, "kent", now)).posts.map((p) => [p.key, p.canRecord]),
      );
    expect(await flags(v.secretariat!)).toMatchObject({ "CHWB-CHAIR": true, "HWB-CHAIR": false, DPH: false });
    expect(Object.values(await flags(v.member!)).some(Boolean)).toBe(false);
    expect(Object.values(await flags(v.admin!)).every(Boolean)).toBe(true);
    const { posts } = await listAreaPosts({ db: t.db, viewer: v.member! }, "kent", now);
    expect(posts.find((p) => p.key === "CHWB-CHAIR")).toMatchObject({
      board: "CHWB",
      holder: { name: "Councillor Henrietta Trialby", from: "2025-06-10" },
    });
    expect(posts.find((p) => p.key === "DPH")).toMatchObject({
      board: null,
      holder: { name: "Dr Alistair Dummyfield" },
    });
    await expect(listAreaPosts({ db: t.db, viewer: v.member! }, "harrow", now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("show a post's holders past, present and future once a new holder is recorded", async () => {
    const { post, people } = await getAreaPost({ db: t.db, viewer: v.secretariat! }, "kent", "CHWB-CHAIR", now);
    const dph = people.find((p) => p.name === "Dr Alistair Dummyfield")!;
    await recordPostHolder(
      { db: t.db, viewer: v.secretariat! },
      { postId: post.id, personId: dph.id, from: "2026-12-01" },
    );
    const after = (await getAreaPost({ db: t.db, viewer: v.member! }, "kent", "CHWB-CHAIR", now)).post;
    expect(after.holdings.map((h) => [h.name, h.from, h.to, h.status])).toEqual([
      ["Dr Alistair Dummyfield", "2026-12-01", null, "future"],
      ["Councillor Henrietta Trialby", "2025-06-10", "2026-11-30", "current"],
    ]);
    await expect(getAreaPost({ db: t.db, viewer: v.member! }, "kent", "NO-SUCH-POST", now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
