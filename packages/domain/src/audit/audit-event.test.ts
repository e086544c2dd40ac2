import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import { canReadAuditTrail } from './audit-event.ts';

const principal = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@x.fr', displayName: 'U', grants });
const CPTS = '0b9c4c1e-0000-4000-8000-000000000001';

describe('who reads an audit trail', () => {
  it('lets the admin read every entry, with or without a CPTS', () => {
    expect(canReadAuditTrail(principal([{ role: 'admin' }]), null)).toBe(true);
    expect(canReadAuditTrail(principal([{ role: 'admin' }]), CPTS)).toBe(true);
  });

  it("lets a coordination team read its own CPTS's trail and no other", () => {
    const coordinator = principal([{ role: 'coordinator', cptsId: CPTS }]);
    expect(canReadAuditTrail(coordinator, CPTS)).toBe(true);
    expect(canReadAuditTrail(coordinator, '0b9c4c1e-0000-4000-8000-000000000002')).toBe(false);
    expect(canReadAuditTrail(coordinator, null)).toBe(false);
  });

  it('never lets ARS or CPAM staff read who looked at whom', () => {
    expect(canReadAuditTrail(principal([{ role: 'ars', regionCode: '93' }]), CPTS)).toBe(false);
    expect(canReadAuditTrail(principal([{ role: 'cpam', regionCode: '93', departementCode: '04' }]), null)).toBe(false);
  });
});
