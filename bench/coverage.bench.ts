/**
 * Coverage benchmark (issue #2): national coverage with ~1,000 synthetic CPTS territories over
 * all ~35,000 units of the pinned COG. Prints figures; asserts nothing (speed is measured, not
 * tested). With MAILLON_GEO_DIR, neighbours come from the real contours; otherwise a synthetic
 * adjacency (consecutive codes of a département) stands in, which the output says.
 */
import { performance } from 'node:perf_hooks';
import { cogUnits } from '@maillon/db';
import { buildTerritoryIndex, type CptsTerritory, computeCoverage, listContourNeighbours, STAGES, type Stage } from './bench-support.ts';

const units = cogUnits().map((u) => ({
  code: u.code,
  name: u.name,
  population: u.population ?? 0,
  departementCode: u.departementCode ?? null,
  regionCode: u.regionCode ?? null,
  epciCode: u.epciCode ?? null,
}));

const geoDir = process.env.MAILLON_GEO_DIR;
const started = performance.now();
const links = geoDir ? await listContourNeighbours(geoDir, units) : syntheticLinks();
const index = buildTerritoryIndex(units, links);
console.log(
  `Géographie : ${units.length} unités, ${geoDir ? 'voisinages issus des contours' : 'voisinages synthétiques'} (${(performance.now() - started).toFixed(0)} ms de préparation)`,
);

function syntheticLinks() {
  const neighbours: [string, string][] = [];
  for (let i = 1; i < units.length; i++) {
    const a = units[i - 1];
    const b = units[i];
    if (a && b && a.departementCode === b.departementCode) neighbours.push([a.code, b.code]);
  }
  return { shaped: units.map((u) => u.code), neighbours };
}

/** 1,000 territories of consecutive units (so mostly within a département). */
function syntheticTerritories(count: number): CptsTerritory[] {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const size = Math.floor(units.length / count);
  const territories: CptsTerritory[] = [];
  for (let k = 0; k < count; k++) {
    const start = k * size;
    // A tenth leave their last units unclaimed (white zones); a fifth spill over a neighbour (overlaps).
    const end = start + size - (rand() < 0.1 ? 10 : 0) + (rand() < 0.2 ? 3 : 0);
    const codes = units.slice(start, end).map((u) => u.code);
    territories.push({ id: `cpts-${k}`, name: `CPTS ${k}`, stage: STAGES[Math.floor(rand() * 9)] as Stage, unitCodes: codes });
  }
  return territories;
}

const territories = syntheticTerritories(1_000);
function time(label: string, run: () => unknown, repeat = 30) {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(48)} médiane ${median.toFixed(2)} ms  (min ${samples[0]?.toFixed(2)}, max ${samples.at(-1)?.toFixed(2)}, ${repeat} essais)`,
  );
}

const result = computeCoverage(index, territories, { kind: 'france' });
console.log(
  `${territories.length} territoires ; population ${result.population.toLocaleString('fr-FR')} ; couverte (LI) ${result.covered.letterOfIntent.toLocaleString('fr-FR')} ; ` +
    `${result.whiteZones.length} zones blanches ; ${result.overlaps.length} groupes de chevauchements`,
);
time('Couverture nationale (France)', () => computeCoverage(index, territories, { kind: 'france' }));
time('Couverture régionale (Provence-Alpes-Côte d’Azur)', () => computeCoverage(index, territories, { kind: 'region', code: '93' }));
time('Couverture départementale (Bouches-du-Rhône)', () => computeCoverage(index, territories, { kind: 'departement', code: '13' }));
time('Construction de l’index territorial', () => buildTerritoryIndex(units, links), 10);
