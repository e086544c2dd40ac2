import type { UnitDto } from '@maillon/contracts';
import { IconSearch } from '@tabler/icons-react';
import { CommuneSearch } from '../../../components/commune-search.tsx';

interface UnitSearchProps {
  region: string;
  /** Codes already in the territory (shown as such in the results). */
  present: Set<string>;
  onPick: (unit: UnitDto) => void;
}

/** Autocomplete on commune name, INSEE code prefix or postal code prefix. */
export function UnitSearch({ region, present, onPick }: UnitSearchProps) {
  return (
    <CommuneSearch
      label="Ajouter une commune"
      description="Nom, code INSEE ou code postal (2 caractères au moins)"
      placeholder="Ex. : Manosque, 04112 ou 04100"
      region={region}
      unavailable={(unit) => (present.has(unit.code) ? 'déjà dans le territoire' : null)}
      showPopulation
      leftSection={<IconSearch size={16} aria-hidden />}
      onPick={onPick}
      testId="unit-search"
    />
  );
}
