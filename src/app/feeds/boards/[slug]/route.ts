import { feedResponse } from "@/server/auth/feed-request";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return feedResponse(request, { slug: slug.replace(/\.ics$/, "") });
}
