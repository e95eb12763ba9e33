import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (OWASP-recommended memory and time costs).
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when an account does not exist, so timing is alike. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hash(crypto.randomUUID()));
