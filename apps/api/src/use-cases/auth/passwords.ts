import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane). */
// algorithm 2 is Argon2id in @node-rs/argon2's (const) enum.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A valid hash of nothing anybody knows, verified when the account does not exist (same timing). */
export const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$hI5U6HhcEUEfn7pR9JXUVw$zAA1igan+fetuVw9oweKEGqzSPkse8dH8bUbL3UZG/8';
