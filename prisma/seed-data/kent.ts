import { defineAreaSeed } from "@/lib/schemas/area-seed";

// Placeholder until the protocol is encoded.
export default defineAreaSeed({
  area: { slug: "kent", name: "Kent" },
  organisations: [],
  boards: [],
  posts: [],
  people: [],
  postHoldings: [],
  memberships: [],
  meetings: [],
  protocol: { key: "kent-protocol", title: "TBD", version: "1", status: "draft", approvedOn: null, sourceDocument: "TBD", parties: [], clauses: [], obligations: [] },
});
