import { NextResponse } from "next/server";

/**
 * Runs before every route (Next 16's proxy, formerly middleware). With INSTANCE_ID set, each response
 * names the app instance that served it (`X-Instance`), so an operator, and the two-instance test,
 * can see a load balancer alternate. Unset (the default) adds nothing.
 */
export function proxy() {
  const response = NextResponse.next();
  const instance = process.env.INSTANCE_ID;
  if (instance) response.headers.set("X-Instance", instance);
  return response;
}
