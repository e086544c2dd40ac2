import type { Db } from '@maillon/db';
import { importContours } from '../composition/on-database.ts';
import { progressBar } from './progress.ts';

const fr = (n: number) => n.toLocaleString('fr-FR');

export async function importContoursCommand(db: Db, path: string): Promise<number> {
  const progress = progressBar();
  const started = Date.now();
  const report = await importContours({ db, path, now: new Date(), onProgress: progress.onProgress });
  progress.stop();
  console.log(
    `Contours importés en ${((Date.now() - started) / 1000).toFixed(1)} s depuis ${report.files} fichier(s), ${fr(report.features)} entités.`,
  );
  console.log(`Unités avec contour : ${fr(report.shapedUnits)} ; paires de voisins : ${fr(report.neighbourPairs)}.`);
  console.log(`Part de la population couverte par un contour : ${(report.populationShareWithShape * 100).toFixed(2)} %.`);
  if (report.rejected.length) {
    console.log(`Entités rejetées (${report.rejected.length}) :`);
    for (const r of report.rejected) console.log(`  ${r.file} #${r.index} : ${r.reason}`);
  }
  if (report.unmatched.length) {
    console.log(`Entités sans unité correspondante (${report.unmatched.length}) :`);
    for (const u of report.unmatched) console.log(`  ${u.file} ${u.code} ${u.name} : ${u.reason}`);
  }
  console.log(`Unités sans contour (${report.unitsWithoutShape.length}) — leur contiguïté sera « inconnue » :`);
  for (const u of report.unitsWithoutShape) console.log(`  ${u.code} ${u.name} (${fr(u.population)} hab.)`);
  return 0;
}
