import type { ContoursRepository } from '@maillon/domain';
import type { Db } from '../client.ts';
import { referenceMeta, unitNeighbours, unitShapes } from '../schema/index.ts';

export function createContoursRepository(db: Db): ContoursRepository {
  return {
    async replaceAll({ shapes, neighbours, meta, now, onProgress }) {
      const total = shapes.length + neighbours.length;
      let done = 0;
      await db.transaction(async (tx) => {
        await tx.delete(unitNeighbours);
        await tx.delete(unitShapes);
        for (let i = 0; i < shapes.length; i += 500) {
          const batch = shapes.slice(i, i + 500).map((s) => ({ ...s, source: String(meta.source ?? ''), importedAt: now }));
          await tx.insert(unitShapes).values(batch);
          done += batch.length;
          onProgress?.(done, total);
        }
        const rows = neighbours.flatMap(([a, b]) => [
          { unitCode: a, neighbourCode: b },
          { unitCode: b, neighbourCode: a },
        ]);
        for (let i = 0; i < rows.length; i += 2000) {
          await tx
            .insert(unitNeighbours)
            .values(rows.slice(i, i + 2000))
            .onConflictDoNothing();
          done = Math.min(total, shapes.length + Math.ceil((i + 2000) / 2));
          onProgress?.(done, total);
        }
        // A fresh revision per import: the geography's version changes even when two imports
        // share a timestamp (a fixed clock), so no process keeps serving the previous shapes.
        const value = { ...(meta as object), revision: crypto.randomUUID() };
        await tx
          .insert(referenceMeta)
          .values({ key: 'contours', value, updatedAt: now })
          .onConflictDoUpdate({ target: referenceMeta.key, set: { value, updatedAt: now } });
      });
    },
  };
}
