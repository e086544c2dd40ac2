/**
 * Lambert-93 (EPSG:2154, RGF93) to WGS84 longitude/latitude. RGF93 and WGS84 differ by less
 * than a metre, so the inverse Lambert conformal conic projection on GRS80 suffices
 * (IGN, "Projection cartographique conique conforme de Lambert", NTG 71, algorithm ALG0004).
 */
const E = 0.0818191910428158; // GRS80 first eccentricity
const N = 0.725607765053267; // cone constant for Lambert-93
const C = 11_754_255.426096; // projection constant (m)
const XS = 700_000; // false easting
const YS = 12_655_612.049876; // y of the pole
const LON0 = (3 * Math.PI) / 180; // central meridian 3° E

export function lambert93ToWgs84(x: number, y: number): [number, number] {
  const dx = x - XS;
  const dy = y - YS;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / -dy);
  const lon = LON0 + gamma / N;
  const latIso = -Math.log(Math.abs(r / C)) / N;
  let lat = 2 * Math.atan(Math.exp(latIso)) - Math.PI / 2;
  for (let i = 0; i < 10; i++) {
    const s = E * Math.sin(lat);
    const next = 2 * Math.atan(((1 + s) / (1 - s)) ** (E / 2) * Math.exp(latIso)) - Math.PI / 2;
    if (Math.abs(next - lat) < 1e-12) {
      lat = next;
      break;
    }
    lat = next;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [round((lon * 180) / Math.PI), round((lat * 180) / Math.PI)];
}
