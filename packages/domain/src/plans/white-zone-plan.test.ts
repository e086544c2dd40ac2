import { describe, expect, it } from 'vitest';
import type { WhiteZone } from '../coverage/coverage.ts';
import { isOpen, isOverdue, type PlanStatus, planFollowUp, plansForZone, type WhiteZonePlan } from './white-zone-plan.ts';

const TODAY = '2026-06-15';

function makeZone(unitCodes: string[]): WhiteZone {
  const sorted = [...unitCodes].sort();
  return {
    key: sorted[0] ?? '',
    unitCodes: sorted,
    population: 1_000 * sorted.length,
    groupedBy: 'adjacency',
    departementCodes: ['01'],
    projects: [],
  };
}

interface LabelledPlan extends WhiteZonePlan {
  label: string;
}

function makePlan(id: string, overrides: Partial<LabelledPlan> = {}): LabelledPlan {
  return { id, label: `Plan ${id}`, zoneKey: '99999', unitCodes: [], status: 'planned', dueOn: '2026-12-31', ...overrides };
}

describe('isOpen and isOverdue', () => {
  it.each<[PlanStatus, boolean]>([
    ['planned', true],
    ['inProgress', true],
    ['done', false],
    ['abandoned', false],
  ])('reads a %s plan as open: %s', (status, open) => {
    expect(isOpen({ status })).toBe(open);
  });

  it('reads an open plan as overdue only once its due date has passed', () => {
    expect(isOverdue({ status: 'planned', dueOn: '2026-06-14' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'inProgress', dueOn: '2025-01-01' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'planned', dueOn: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'planned', dueOn: '2026-06-16' }, TODAY)).toBe(false);
  });

  it('never reads a finished or abandoned plan as overdue', () => {
    expect(isOverdue({ status: 'done', dueOn: '2020-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'abandoned', dueOn: '2020-01-01' }, TODAY)).toBe(false);
  });
});

describe('plansForZone', () => {
  const zone = makeZone(['01004', '01002', '01007']);

  it('finds a plan made for the zone key', () => {
    const plan = makePlan('a', { zoneKey: '01002' });
    expect(plansForZone(zone, [plan])).toEqual([plan]);
  });

  it('finds a plan sharing at least one unit with the zone, whatever its key', () => {
    const plan = makePlan('b', { zoneKey: '01001', unitCodes: ['01001', '01007'] });
    expect(plansForZone(zone, [plan])).toEqual([plan]);
  });

  it('leaves out plans with another key and no shared unit', () => {
    const plans = [makePlan('c', { zoneKey: '01001', unitCodes: ['01001', '01003'] }), makePlan('d', { zoneKey: '01004' })];
    // 01004 is a unit of the zone but not its key (its key is 01002): only units count beyond the key.
    expect(plansForZone(zone, plans)).toEqual([]);
  });

  it('keeps the order and the extra fields of the plans it finds', () => {
    const plans = [makePlan('x', { unitCodes: ['01007'] }), makePlan('y'), makePlan('z', { zoneKey: '01002' })];
    expect(plansForZone(zone, plans).map((p) => p.label)).toEqual(['Plan x', 'Plan z']);
  });
});

describe('planFollowUp', () => {
  const zoneA = makeZone(['01001', '01002']);
  const zoneB = makeZone(['21001']);
  const zoneC = makeZone(['2A004', '2A006']);

  it('lists zones without an open plan and the open plans past their due date', () => {
    const plans = [
      makePlan('onA', { zoneKey: '01001', dueOn: '2026-06-01' }),
      makePlan('onB-done', { unitCodes: ['21001'], status: 'done', dueOn: '2026-01-01' }),
      makePlan('onC', { unitCodes: ['2A006'], status: 'inProgress', dueOn: '2026-09-01' }),
    ];
    const followUp = planFollowUp([zoneA, zoneB, zoneC], plans, TODAY);
    expect(followUp.zonesWithoutPlan.map((z) => z.key)).toEqual(['21001']);
    expect(followUp.overduePlans.map((p) => p.id)).toEqual(['onA']);
  });

  it('does not count done or abandoned plans as following a zone', () => {
    const plans = [
      makePlan('done', { zoneKey: '01001', status: 'done' }),
      makePlan('dropped', { unitCodes: ['01002'], status: 'abandoned' }),
    ];
    expect(planFollowUp([zoneA], plans, TODAY).zonesWithoutPlan).toEqual([zoneA]);
  });

  it('lists every zone when there is no plan, and nothing overdue', () => {
    expect(planFollowUp([zoneA, zoneB], [], TODAY)).toEqual({ zonesWithoutPlan: [zoneA, zoneB], overduePlans: [] });
  });

  it('reports an overdue plan even when its zone has disappeared', () => {
    const orphan = makePlan('orphan', { zoneKey: '33063', unitCodes: ['33063'], dueOn: '2026-03-01' });
    expect(planFollowUp([zoneA], [orphan], TODAY)).toEqual({ zonesWithoutPlan: [zoneA], overduePlans: [orphan] });
  });
});
