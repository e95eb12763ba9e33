import "server-only";
import { createDatabase, type Db } from "./database";

// One client per server process; kept on globalThis so dev-server reloads do not open more.
const globalForDb = globalThis as unknown as { portalDb?: Db };
export const db: Db = (globalForDb.portalDb ??= createDatabase());
