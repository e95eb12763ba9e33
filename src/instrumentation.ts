/**
 * Runs once when the server starts: refuse to start with an invalid environment, and (with
 * NOTIFICATIONS_WORKER=on) start the notices worker's timer, in the Node runtime only.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/core/env");
    const settings = env();
    if (settings.NOTIFICATIONS_WORKER === "on") {
      const { startNotificationsTimer } = await import("./server/features/notifications/worker-timer");
      startNotificationsTimer();
    }
  }
}
