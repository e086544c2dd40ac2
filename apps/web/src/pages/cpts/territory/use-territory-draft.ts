import type { UnitDto } from '@maillon/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { compareUnits, type DraftUnit, fromUnitDto } from './draft-unit.ts';

export interface TerritoryDraft {
  units: DraftUnit[];
  codes: string[];
  dirty: boolean;
  add: (units: DraftUnit[]) => number;
  remove: (code: string) => void;
  reset: () => void;
}

/** Editable copy of a CPTS territory; resets whenever the saved territory changes. */
export function useTerritoryDraft(saved: UnitDto[]): TerritoryDraft {
  const initial = useMemo(() => saved.map(fromUnitDto).sort(compareUnits), [saved]);
  const [units, setUnits] = useState<DraftUnit[]>(initial);
  useEffect(() => setUnits(initial), [initial]);

  const codes = useMemo(() => units.map((unit) => unit.code), [units]);
  const dirty = useMemo(() => {
    if (codes.length !== initial.length) return true;
    const savedCodes = new Set(initial.map((unit) => unit.code));
    return codes.some((code) => !savedCodes.has(code));
  }, [codes, initial]);

  const add = useCallback(
    (incoming: DraftUnit[]) => {
      const present = new Set(units.map((unit) => unit.code));
      const fresh = incoming.filter((unit) => !present.has(unit.code));
      if (fresh.length > 0) setUnits([...units, ...fresh].sort(compareUnits));
      return fresh.length;
    },
    [units],
  );
  const remove = useCallback((code: string) => setUnits((current) => current.filter((unit) => unit.code !== code)), []);
  const reset = useCallback(() => setUnits(initial), [initial]);

  return { units, codes, dirty, add, remove, reset };
}
