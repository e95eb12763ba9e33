/** Liveness (issue 14): the process is up and serving. No database, no session, nothing about anyone. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
