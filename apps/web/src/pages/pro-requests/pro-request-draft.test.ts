import { describe, expect, it } from 'vitest';
import { draftToInput, emptyDraft, isDirty, usualCandidates } from './pro-request-draft.ts';

const CPTS = '4b0c8a2e-1d3f-4c5a-9e7b-2f6d8a1c3e5b';

describe('pro-request draft', () => {
  it('is clean when opened and dirty once a field changes', () => {
    const initial = emptyDraft(CPTS, '2026-11-22');
    expect(isDirty({ ...initial }, initial)).toBe(false);
    expect(isDirty({ ...initial, act: 'P' }, initial)).toBe(true);
    expect(isDirty({ ...initial, unit: { code: '83050', name: 'Draguignan' } }, initial)).toBe(true);
  });

  it('names the first missing field before calling the API', () => {
    const draft = emptyDraft(CPTS, '2026-11-22');
    expect(draftToInput(draft)).toMatchObject({ ok: false, field: 'unitCode' });
    const withUnit = { ...draft, unit: { code: '83050', name: 'Draguignan' } };
    expect(draftToInput({ ...withUnit, wantedOn: null })).toMatchObject({ ok: false, field: 'wantedOn' });
    expect(draftToInput(withUnit)).toMatchObject({ ok: false, field: 'patient.ageBand' });
  });

  it('builds the request body with trimmed text and an unspecified sex as null', () => {
    const draft = {
      ...emptyDraft(CPTS, '2026-11-22'),
      act: ' Pansement ',
      unit: { code: '83050', name: 'Draguignan' },
      ageBand: '75-84' as const,
      initials: 'J.D. ',
      need: ' Ulcère de jambe ',
    };
    const check = draftToInput(draft);
    expect(check).toEqual({
      ok: true,
      input: {
        cptsId: CPTS,
        professionCode: '60',
        specialtyCode: null,
        act: 'Pansement',
        unitCode: '83050',
        wantedOn: '2026-11-22',
        windowStart: '08:00',
        windowEnd: '12:00',
        urgency: 'h48',
        patient: { initials: 'J.D.', ageBand: '75-84', sex: null, need: 'Ulcère de jambe' },
        usualIdNatPs: null,
      },
    });
  });

  it('offers as usual professional only colleagues of the profession asked for, never oneself', () => {
    const colleagues = [
      { idNatPs: '810000000003', displayName: 'Zoé Martin', professionCode: '60' },
      { idNatPs: '810000000001', displayName: 'Ana Blanc', professionCode: '60' },
      { idNatPs: '810000000002', displayName: 'Dr Paul Roux', professionCode: '10' },
    ];
    expect(usualCandidates(colleagues, '60', '810000000003')).toEqual([{ value: '810000000001', label: 'Ana Blanc (RPPS 810000000001)' }]);
    expect(usualCandidates(colleagues, '10', '810000000003').map((c) => c.value)).toEqual(['810000000002']);
  });
});
