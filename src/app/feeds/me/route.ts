import { feedResponse } from "@/server/auth/feed-request";

export async function GET(request: Request) {
  return feedResponse(request, "mine");
}
