import type { UnitDto } from '@maillon/contracts';
import { CommuneSearch } from '../../components/commune-search.tsx';

/** The patient's commune: name, INSEE code or postal code, as the territory pages search it. */
export function CommuneField({ value, onPick }: { value: UnitDto | null; onPick: (unit: UnitDto) => void }) {
  return (
    <CommuneSearch
      label="Commune du patient"
      description={value ? `Choisie : ${value.name} (${value.code})` : 'Nom, code INSEE ou code postal'}
      placeholder="Ex. : Draguignan, 83050 ou 83300"
      onPick={onPick}
      testId="patient-commune"
    />
  );
}
