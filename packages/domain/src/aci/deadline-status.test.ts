import { describe, expect, it } from 'vitest';
import { DEFAULT_NEAR_DAYS, deadlineStatus } from './deadline-status.ts';

describe('the status of a deadline', () => {
  it('is done once dated, late after the day, near within the window (60 days by default), upcoming before', () => {
    expect(DEFAULT_NEAR_DAYS).toBe(60);
    expect(deadlineStatus('2026-09-29', '2026-10-15', '2027-01-01', 60)).toBe('done');
    expect(deadlineStatus('2026-09-29', null, '2026-09-30', 60)).toBe('late');
    expect(deadlineStatus('2026-09-29', null, '2026-09-29', 60)).toBe('near');
    expect(deadlineStatus('2026-09-29', null, '2026-07-31', 60)).toBe('near');
    expect(deadlineStatus('2026-09-29', null, '2026-07-30', 60)).toBe('upcoming');
    expect(deadlineStatus('2026-09-29', undefined, '2026-09-01', 30)).toBe('near');
  });
});
