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
