import { describe, expect, it } from 'vitest';
import { channelsOpenFor, isoWeekOf, remainingQuota } from './quotas.ts';

describe('quotas per channel and ISO week', () => {
  it('numbers weeks as ISO 8601 does, in Paris time', () => {
    expect(isoWeekOf(new Date('2026-12-02T10:00:00Z'))).toBe('2026-W49');
    expect(isoWeekOf(new Date('2027-01-01T10:00:00Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2027-01-04T10:00:00Z'))).toBe('2027-W01');
    // Sunday 23:30 UTC is Monday 00:30 in Paris: already next week.
    expect(isoWeekOf(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50');
  });

  it('counts what is left, and nothing limits a channel without a quota', () => {
    const at = new Date('2026-12-02T10:00:00Z');
    const used = { '2026-W49': { SNP: 2 } };
    expect(remainingQuota({ SNP: 3 }, used, 'SNP', at)).toBe(1);
    expect(remainingQuota({ SNP: 1 }, used, 'SNP', at)).toBe(0);
    expect(remainingQuota({}, used, 'SNP', at)).toBe(Number.POSITIVE_INFINITY);
    expect(remainingQuota({ SNP: 3 }, used, 'SNP', new Date('2026-12-09T10:00:00Z'))).toBe(3);
  });

  it('stops offering a slot on a channel whose week is full, keeps the others', () => {
    const slot = { startAt: new Date('2026-12-02T10:00:00Z'), visibility: ['SNP', 'PRO'] as const };
    expect(channelsOpenFor({ ...slot, visibility: [...slot.visibility] }, { SNP: 2 }, { '2026-W49': { SNP: 2 } })).toEqual(['PRO']);
    expect(channelsOpenFor({ ...slot, visibility: [...slot.visibility] }, { SNP: 3 }, { '2026-W49': { SNP: 2 } })).toEqual(['SNP', 'PRO']);
  });
});
