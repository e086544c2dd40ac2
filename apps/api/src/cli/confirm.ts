import { createInterface } from 'node:readline/promises';

/**
 * Asks a yes/no question on the terminal ("o" or "oui" accepts). Without a terminal nobody can
 * answer, so the answer is no: scripts pass `--yes` explicitly.
 */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(o|oui|y|yes)$/i.test((await rl.question(`${question} [o/N] `)).trim());
  } finally {
    rl.close();
  }
}
