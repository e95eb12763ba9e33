import { log } from "@/server/core/log";
import { db } from "@/server/data/db";
import { checkReadiness, migrationsFolder } from "@/server/data/readiness";

/**
 * Readiness (issue 14): 200 when the database answers and every committed migration is applied,
 * otherwise 503 with the reason, so a load balancer sends no traffic here. No session needed.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness(db, migrationsFolder(process.env.DATABASE_URL));
  const headers = { "cache-control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready", migrations: readiness.migrations }, { headers });
  log.warn({ reason: readiness.reason }, "not ready");
  return Response.json({ status: "not-ready", reason: readiness.reason }, { status: 503, headers });
}
