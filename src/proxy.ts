import { NextResponse, type NextRequest } from "next/server";
import { log, loggablePath } from "@/server/core/log";
import { bodyLimitBytes, refuseBody } from "@/server/http/body-limit";
import { REQUEST_ID_HEADER, requestIdOf, trustRequestId } from "@/server/http/request-id";
import { newNonce, securityHeaders, securitySettings } from "@/server/http/security-headers";

/**
 * Runs before every request but static files (Next 16's proxy, formerly middleware): a request id and
 * its log line, the body limit outside the upload pages, and the security headers with a fresh CSP
 * nonce. Each step is a function of its own (src/server/http/), so another can be added here. With
 * INSTANCE_ID set, an `X-Instance` header names the app instance (the two-instance layout).
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers, trustRequestId());
  const pathname = request.nextUrl.pathname;
  log.info(
    {
      reqId: requestId,
      method: request.method,
      path: loggablePath(pathname),
      action: request.headers.has("next-action"),
    },
    "request",
  );

  const refusal = refuseBody({ method: request.method, headers: request.headers, pathname }, bodyLimitBytes());
  if (refusal) {
    log.warn({ reqId: requestId, status: refusal.status, path: loggablePath(pathname) }, "request body refused");
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", [REQUEST_ID_HEADER]: requestId },
    });
  }

  const headers = securityHeaders(newNonce(), securitySettings());
  // A copy of every request header: the socket address recorded at start-up (auth/client-address.ts) rides along.
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  // Next reads the nonce from the request's copy of the policy and puts it on its scripts.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // Several instances behind a balancer (INSTANCE_ID): each response names the one that served it.
  if (process.env.INSTANCE_ID) response.headers.set("X-Instance", process.env.INSTANCE_ID);
  return response;
}

export const config = {
  // Everything but Next's static files and the icon, which need no nonce and carry no body.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
