import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };
const handler = async (req: Request, ctx: Ctx) =>
  (NextAuth(authOptions()) as (req: Request, ctx: { params: { nextauth: string[] } }) => Promise<Response>)(req, {
    params: await ctx.params,
  });

export { handler as GET, handler as POST };
