import type { DbTx } from "@/server/data/database";
import type { Viewer } from "./load-viewer";

/**
 * What a read use case runs as. `viewer: null` means the trusted CLI (an operator at the server's
 * console); a viewer limits everything to the areas they can see.
 */
export type Reader = { db: DbTx; viewer: Viewer | null };

/** A reader that is a signed-in user (pages, never the CLI). */
export type ViewerReader = { db: DbTx; viewer: Viewer };
