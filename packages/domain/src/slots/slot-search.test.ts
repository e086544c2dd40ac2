import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CptsScope, Principal } from '../access/principal.ts';
import { matchingGeography } from '../matching/matching-geography.ts';
import { isOfferedTo, rankSlots, type SearchSlot, searchedDepartements, searchWindow, visibleChannels } from './slot-search.ts';

const CPTS: CptsScope = { id: 'c1', regionCode: '93', departementCodes: ['04'] };
const principal = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@x.fr', displayName: 'U', grants });
const NOW = new Date('2026-11-22T10:00:00Z');
const H = 3_600_000;

describe('visibleChannels', () => {
  it('gives SNP to a SAS regulator of the département or of the CPTS, nothing to another département', () => {
    expect(visibleChannels(principal([{ role: 'sas', departementCode: '04', cptsId: null }]), CPTS)).toEqual(['SNP']);
    expect(visibleChannels(principal([{ role: 'sas', departementCode: null, cptsId: 'c1' }]), CPTS)).toEqual(['SNP']);
    expect(visibleChannels(principal([{ role: 'sas', departementCode: '01', cptsId: null }]), CPTS)).toEqual([]);
  });

  it('gives the team CPTS and SNP, a professional PRO, ARS and CPAM nothing', () => {
    expect(visibleChannels(principal([{ role: 'coordinator', cptsId: 'c1' }]), CPTS).sort()).toEqual(['CPTS', 'SNP']);
    expect(visibleChannels(principal([{ role: 'coordinator', cptsId: 'c2' }]), CPTS)).toEqual([]);
    expect(visibleChannels(principal([]), CPTS, { professional: true })).toEqual(['PRO']);
    expect(visibleChannels(principal([{ role: 'ars', regionCode: '93' }]), CPTS)).toEqual([]);
    expect(visibleChannels(principal([{ role: 'cpam', regionCode: '93', departementCode: '04' }]), CPTS)).toEqual([]);
    expect(visibleChannels(principal([{ role: 'admin' }]), CPTS)).toEqual([]);
  });

  it('never gives PUBLIC to a signed-in search', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom('04', '01'), (professional, dep) => {
        const p = principal([
          { role: 'sas', departementCode: dep, cptsId: null },
          { role: 'coordinator', cptsId: 'c1' },
        ]);
        expect(visibleChannels(p, CPTS, { professional })).not.toContain('PUBLIC');
      }),
    );
  });
});

describe('searchedDepartements', () => {
  it('joins the SAS départements and those of the CPTS scopes, once each', () => {
    const p = principal([{ role: 'sas', departementCode: '83', cptsId: null }]);
    expect(searchedDepartements(p, [CPTS, { ...CPTS, id: 'c2', departementCodes: ['04', '05'] }])).toEqual(['04', '05', '83']);
  });
});

describe('searchWindow', () => {
  it('defaults to now → +48 h, starts no earlier than now, refuses more than 7 days or an inverted window', () => {
    expect(searchWindow({}, NOW)).toEqual({ from: NOW, to: new Date(NOW.getTime() + 48 * H) });
    expect(searchWindow({ from: new Date(NOW.getTime() - H), to: new Date(NOW.getTime() + H) }, NOW).from).toEqual(NOW);
    expect(() => searchWindow({ to: new Date(NOW.getTime() + 8 * 24 * H) }, NOW)).toThrow(/7 jours/);
    expect(() => searchWindow({ to: new Date(NOW.getTime() - H) }, NOW)).toThrow(/après son début/);
  });
});

describe('isOfferedTo', () => {
  const slot = (o: Partial<SearchSlot>): SearchSlot => ({
    id: 's',
    cptsId: 'c1',
    unitCode: '04070',
    startAt: new Date(NOW.getTime() + H),
    visibility: ['SNP'],
    status: 'free',
    heldUntil: null,
    ...o,
  });
  it('offers a free future slot on an allowed channel, or one whose hold has expired', () => {
    expect(isOfferedTo(slot({}), ['SNP'], NOW)).toBe(true);
    expect(isOfferedTo(slot({}), ['PRO'], NOW)).toBe(false);
    expect(isOfferedTo(slot({ status: 'held', heldUntil: new Date(NOW.getTime() + 60_000) }), ['SNP'], NOW)).toBe(false);
    expect(isOfferedTo(slot({ status: 'held', heldUntil: new Date(NOW.getTime() - 1) }), ['SNP'], NOW)).toBe(true);
    expect(isOfferedTo(slot({ status: 'booked' }), ['SNP'], NOW)).toBe(false);
    expect(isOfferedTo(slot({ startAt: new Date(NOW.getTime() - 1) }), ['SNP'], NOW)).toBe(false);
  });
});

describe('rankSlots', () => {
  const units = [
    { code: 'A', epciCode: 'E1', departementCode: '04', centroid: null },
    { code: 'B', epciCode: 'E1', departementCode: '04', centroid: null },
    { code: 'C', epciCode: 'E2', departementCode: '04', centroid: null },
  ];
  const s = (id: string, unitCode: string, hours: number): SearchSlot => ({
    id,
    cptsId: 'c1',
    unitCode,
    startAt: new Date(NOW.getTime() + hours * H),
    visibility: ['SNP'],
    status: 'free',
    heldUntil: null,
  });

  it('orders by start time, then same commune → EPCI → département when contours are missing', () => {
    const geo = matchingGeography(units, ['A', 'B', 'C']);
    const ranked = rankSlots([s('c', 'C', 1), s('b', 'B', 1), s('a', 'A', 1), s('early', 'C', 0.5)], 'A', geo);
    expect(ranked.map((r) => r.slot.id)).toEqual(['early', 'a', 'b', 'c']);
    expect(ranked.map((r) => r.tier)).toEqual(['departement', 'commune', 'epci', 'departement']);
    expect(ranked[0]?.distanceKm).toBeNull();
  });

  it('uses kilometres between centroids when every commune has one', () => {
    const withCentroids = units.map((u, i) => ({ ...u, centroid: { lon: 6 + i * 0.1, lat: 44 } }));
    const geo = matchingGeography(withCentroids, ['A', 'B', 'C']);
    const ranked = rankSlots([s('c', 'C', 1), s('b', 'B', 1)], 'A', geo);
    expect(ranked.map((r) => r.slot.id)).toEqual(['b', 'c']);
    expect(ranked[0]?.distanceKm).toBeGreaterThan(7);
  });

  it('is a sorted permutation of its input, whatever the order given', () => {
    const geo = matchingGeography(units, ['A', 'B', 'C']);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 5 })), { maxLength: 30 }), (specs) => {
        const slots = specs.map(([u, h], i) => s(`s${i}`, u, h));
        const ranked = rankSlots(slots, 'A', geo);
        expect(ranked.map((r) => r.slot.id).sort()).toEqual(slots.map((x) => x.id).sort());
        for (let i = 1; i < ranked.length; i++)
          expect((ranked[i]?.slot.startAt.getTime() ?? 0) >= (ranked[i - 1]?.slot.startAt.getTime() ?? 0)).toBe(true);
      }),
    );
  });
});
