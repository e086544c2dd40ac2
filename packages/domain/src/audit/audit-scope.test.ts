import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import { auditTrailCpts, checkAuditPeriod } from './audit-scope.ts';

const who = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@test.fr', displayName: 'U', grants });

describe('auditTrailCpts', () => {
  it('lets the administration read every entry or one CPTS', () => {
    const admin = who([{ role: 'admin' }]);
    expect(auditTrailCpts(admin, undefined)).toBeUndefined();
    expect(auditTrailCpts(admin, 'c9')).toBe('c9');
  });

  it('gives a coordination team its own CPTS, named or not', () => {
    const team = who([{ role: 'coordinator', cptsId: 'c1' }]);
    expect(auditTrailCpts(team, undefined)).toBe('c1');
    expect(auditTrailCpts(team, 'c1')).toBe('c1');
  });

  it('asks a team of several CPTS which one it reads', () => {
    const both = who([
      { role: 'coordinator', cptsId: 'c1' },
      { role: 'coordinator', cptsId: 'c2' },
    ]);
    expect(() => auditTrailCpts(both, undefined)).toThrow(expect.objectContaining({ code: 'INVALID', field: 'cptsId' }));
    expect(auditTrailCpts(both, 'c2')).toBe('c2');
  });

  it('refuses ARS and CPAM staff, and answers « not found » for another CPTS', () => {
    expect(() => auditTrailCpts(who([{ role: 'ars', regionCode: '93' }]), undefined)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => auditTrailCpts(who([{ role: 'ars', regionCode: '93' }]), 'c1')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => auditTrailCpts(who([{ role: 'coordinator', cptsId: 'c1' }]), 'c2')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('checkAuditPeriod', () => {
  it('accepts an open or a one-day period and refuses one ending before it starts', () => {
    expect(() => checkAuditPeriod(undefined, '2026-01-01')).not.toThrow();
    expect(() => checkAuditPeriod('2026-01-01', '2026-01-01')).not.toThrow();
    expect(() => checkAuditPeriod('2026-01-02', '2026-01-01')).toThrow(expect.objectContaining({ code: 'INVALID', field: 'to' }));
  });
});
