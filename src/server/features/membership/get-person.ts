import { isCurrent } from "@/domain/membership-rules";
import { capacityLabels } from "@/server/features/vocabularies/capacities";
import { londonToday } from "@/lib/dates";
import { AppError } from "@/server/core/errors";
import { isGlobalAdministrator, personInArea } from "@/server/authz/authorize-area";
import { administersArea, viewerMayReadPost } from "@/server/authz/authorize-post";
import { viewerCan } from "@/server/authz/load-viewer";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";

/**
 * A person's page: posts and memberships, past ones kept. Only the area's people are visible (created
 * there, on its boards, holding its posts), and of a person who also serves elsewhere only the
 * boards the viewer may read and their posts (issue 14); a global administrator sees every one.
 * What the viewer may change is said per row: the person's
 * details by an administrator of the area, a membership by its board's membership managers, a post
 * holding by whoever records the post's holder.
 */
export async function getPerson(reader: Reader, areaSlug: string, personSlug: string) {
  const area = await findArea(reader, areaSlug);
  const person = await reader.db.person.findFirst({
    where: { slug: personSlug, ...personInArea(area.id) },
    include: {
      postHoldings: {
        include: { post: { include: { organisation: true, board: { include: { areas: true } } } } },
        orderBy: { startsOn: "desc" },
      },
      memberships: {
        include: { board: { include: { areas: true } }, organisation: true },
        orderBy: { startsOn: "desc" },
      },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "The person was not found");
  const today = londonToday(new Date());
  const viewer = reader.viewer;
  const adminHere = viewer !== null && administersArea(viewer, area.id);
  const capacities = await capacityLabels(reader.db);
  const holdings = person.postHoldings.filter((h) => viewerMayReadPost(viewer, h.post));
  const memberships = person.memberships.filter((m) => viewer === null || viewerCan(viewer, "board:read", m.board));
  return {
    area,
    person: { id: person.id, slug: person.slug, name: person.name, email: person.email, version: person.version },
    canEdit: adminHere || (viewer !== null && isGlobalAdministrator(viewer)),
    posts: holdings.map((h) => ({
      id: h.id,
      key: h.post.key,
      inArea: h.post.areaId === area.id,
      title: h.post.title,
      organisation: h.post.organisation.name,
      from: h.startsOn,
      to: h.endsOn,
      current: isCurrent(h, today),
      future: h.startsOn > today,
      canEnd:
        viewer !== null &&
        h.post.areaId === area.id &&
        (h.post.board ? viewerCan(viewer, "membership:manage", h.post.board) : adminHere),
    })),
    memberships: memberships.map((m) => ({
      id: m.id,
      version: m.version,
      board: m.board.name,
      key: boardKeyIn(m.board, area.id),
      capacityKey: m.capacity,
      capacity: capacities.label(m.capacity),
      organisation: m.organisation.name,
      from: m.startsOn,
      to: m.endsOn,
      current: isCurrent(m, today),
      canChange: viewer !== null && viewerCan(viewer, "membership:manage", m.board),
    })),
  };
}
