import type { NextRequest } from "next/server";
import { z } from "zod";

const SECTIONS = ["boards", "calendar", "obligations", "membership", "protocols"] as const;
const query = z.object({ area: z.string().regex(/^[a-z0-9-]{1,80}$/), section: z.enum(SECTIONS).catch("boards") });

/** The area switcher is a plain GET form, so it works without JavaScript; this sends it on. */
export function GET(request: NextRequest) {
  const parsed = query.safeParse({
    area: request.nextUrl.searchParams.get("area"),
    section: request.nextUrl.searchParams.get("section") ?? "boards",
  });
  const target = parsed.success ? `/areas/${parsed.data.area}/${parsed.data.section}` : "/";
  // A relative Location keeps the browser on the host it used (and so with its session cookie).
  return new Response(null, { status: 303, headers: { Location: target } });
}
