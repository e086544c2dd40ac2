import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** GeoJSON files under a path (a file, or a folder searched recursively), in a stable order. */
export async function listGeojsonFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (info.isFile()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(geo)?json$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}
