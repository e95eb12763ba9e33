import type { AreaFile, AreaFileBoard } from "@/lib/schemas/area-file";

/** What the file's area owns (see import-area.ts); everything else is only created when missing. */
export interface AreaImportScope {
  own: string;
  ownBoards: Set<string>;
  ownPost: (ref: { area?: string }) => boolean;
  ownProtocol: (p: AreaFile["protocols"][number]) => boolean;
  ownPeople: Set<string>;
  ownOrganisations: Set<string>;
}

export function scopeAreaImport(file: AreaFile): AreaImportScope {
  const own = file.area.slug;
  const homeOf = (b: AreaFileBoard) =>
    b.areas.find((a) => a.home)?.area ?? (b.areas.some((a) => a.area === own) ? own : b.areas[0]!.area);
  const ownBoards = new Set(file.boards.filter((b) => homeOf(b) === own).map((b) => b.slug));
  const ownPost = (ref: { area?: string }) => (ref.area ?? own) === own;
  const ownProtocol = (p: AreaFile["protocols"][number]) => p.parties.some((x) => ownBoards.has(x.board));
  const ownMemberships = file.memberships.filter((m) => ownBoards.has(m.board));
  const ownPeople = new Set([
    ...ownMemberships.map((m) => m.person),
    ...file.postHoldings.filter(ownPost).map((h) => h.person),
    ...file.protocols.filter(ownProtocol).flatMap((p) => p.parties.flatMap((x) => (x.signedBy ? [x.signedBy] : []))),
  ]);
  const ownOrganisations = new Set([
    ...ownMemberships.map((m) => m.representing),
    ...file.posts.filter(ownPost).map((p) => p.organisation),
  ]);
  return { own, ownBoards, ownPost, ownProtocol, ownPeople, ownOrganisations };
}
