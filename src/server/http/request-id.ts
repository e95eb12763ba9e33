import { randomUUID } from "node:crypto";

/**
 * Every request gets an id, sent back as X-Request-Id and carried in every log line about it. A reverse
 * proxy's own id is kept when TRUST_REQUEST_ID=on (so one id spans both logs); otherwise a client could
 * choose ids, so a new one is made.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(headers: Headers, trusted: boolean): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return trusted && given && SAFE_ID.test(given) ? given : randomUUID();
}

export const trustRequestId = (source: NodeJS.ProcessEnv = process.env) => source.TRUST_REQUEST_ID === "on";
