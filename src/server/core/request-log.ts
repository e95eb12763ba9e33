import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/server/http/request-id";
import { log } from "./log";

/** The id the proxy gave this request (src/proxy.ts), when there is a request (not in the CLI). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** One line per server action: its id (Next's hash, no input) and how it ended, never what was sent. */
export async function logActionOutcome(outcome: { ok: boolean; code?: string | undefined }): Promise<void> {
  let actionId: string | undefined;
  try {
    actionId = (await headers()).get("next-action") ?? undefined;
  } catch {
    actionId = undefined;
  }
  const line = { reqId: await currentRequestId(), actionId, outcome: outcome.ok ? "ok" : (outcome.code ?? "error") };
  if (outcome.ok || outcome.code) log.info(line, "server action");
  else log.error(line, "server action failed");
}
