import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: refuse to start with an invalid environment, record each
 * request's socket address (sign-in throttling), and (with
 * NOTIFICATIONS_WORKER=on) start the notices worker's timer, in the Node runtime only.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/core/env");
    const settings = env();
    // Each request's socket address, for sign-in throttling (Next.js gives actions no socket).
    (await import("./server/auth/client-address")).recordPeerAddresses();
    if (settings.NOTIFICATIONS_WORKER === "on") {
      const { startNotificationsTimer } = await import("./server/features/notifications/worker-timer");
      startNotificationsTimer();
    }
  }
}

/**
 * Every error a request meets, as one JSON line with its request id (issue 14). The message is left
 * out, as it may quote what a user typed; the digest matches the one the user's page shows.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, loggablePath } = await import("./server/core/log");
  const e = error as { name?: string; digest?: string; stack?: string };
  const id = request.headers["x-request-id"];
  log.error(
    {
      reqId: Array.isArray(id) ? id[0] : id,
      method: request.method,
      path: loggablePath(request.path.split("?")[0] ?? ""),
      route: context.routePath,
      routeType: context.routeType,
      error: e.name,
      digest: e.digest,
      stack: e.stack?.split("\n").slice(1, 8).join("\n"),
    },
    "request error",
  );
};
