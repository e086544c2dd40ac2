import { describe, expect, it } from 'vitest';
import { lambert93ToWgs84 } from './lambert93.ts';

/** Ground distance in metres between two nearby WGS84 points (equirectangular, exact to a few mm here). */
function metres([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dy = (lat2 - lat1) * rad * 6_371_008.8;
  const dx = (lon2 - lon1) * rad * 6_371_008.8 * Math.cos(((lat1 + lat2) / 2) * rad);
  return Math.hypot(dx, dy);
}

/**
 * Reference points with both Lambert-93 (EPSG:2154) and WGS84 coordinates as published:
 * the projection's defining point (IGN, NTG 87 "Lambert-93": origin 3° E, 46°30' N at
 * E 700 000 m, N 6 600 000 m), address points of the Base Adresse Nationale (files
 * adresses-59.csv and adresses-33.csv, columns x, y and lon, lat) and the Paris test point
 * used across proj4 ports (48°49'54.977'' N, 2°21'20.812'' E).
 */
const REFERENCE: { name: string; x: number; y: number; lon: number; lat: number }[] = [
  { name: 'origine de la projection (IGN)', x: 700_000, y: 6_600_000, lon: 3, lat: 46.5 },
  { name: '1 chemin Hem Lenglet, Abancourt (BAN 59001)', x: 715_617.49, y: 7_015_153.44, lon: 3.218633, lat: 50.234188 },
  { name: "1 rue d'En Haut, Abancourt (BAN 59001)", x: 714_959.08, y: 7_015_284.25, lon: 3.209421, lat: 50.235379 },
  {
    name: '152 Le Village des Pins, Gujan-Mestras (BAN 33199)',
    x: 374_053.7,
    y: 6_399_654.5,
    lon: -1.11036564643895,
    lat: 44.6196154013104,
  },
  {
    name: 'Paris 14e (point de test proj4)',
    x: 652_709.401,
    y: 6_859_290.946,
    lon: 2 + 21 / 60 + 20.812 / 3600,
    lat: 48 + 49 / 60 + 54.977 / 3600,
  },
];

describe('Lambert-93 to WGS84', () => {
  it.each(REFERENCE)('places $name within a metre of its published position', ({ x, y, lon, lat }) => {
    expect(metres(lambert93ToWgs84(x, y), [lon, lat])).toBeLessThan(1);
  });

  it('keeps west of the central meridian west and north of the origin north', () => {
    const [lon, lat] = lambert93ToWgs84(600_000, 6_700_000);
    expect(lon).toBeLessThan(3);
    expect(lat).toBeGreaterThan(46.5);
  });

  it('rounds to the microdegree (about 10 cm), the precision of the stored coordinates', () => {
    const [lon, lat] = lambert93ToWgs84(715_617.49, 7_015_153.44);
    expect(Math.abs(lon * 1e6 - Math.round(lon * 1e6))).toBeLessThan(1e-6);
    expect(Math.abs(lat * 1e6 - Math.round(lat * 1e6))).toBeLessThan(1e-6);
  });
});
