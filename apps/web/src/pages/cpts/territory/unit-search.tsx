import type { UnitDto } from '@maillon/contracts';
import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { geoApi } from '../../../api/endpoints.ts';
import { formatInhabitants } from '../../../lib/format.ts';

interface UnitSearchProps {
  region: string;
  /** Codes already in the territory (shown as such in the results). */
  present: Set<string>;
  onPick: (unit: UnitDto) => void;
}

/** Autocomplete on commune name, INSEE code prefix or postal code prefix. */
export function UnitSearch({ region, present, onPick }: UnitSearchProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [results, setResults] = useState<UnitDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (debounced.length < 2) {
      setResults([]);
      setError(null);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    geoApi.searchUnits(debounced, region, controller.signal).then(
      (units) => {
        if (controller.signal.aborted) return;
        setResults(units);
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(errorMessage(cause));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [debounced, region]);

  function submit(code: string) {
    const unit = results.find((item) => item.code === code);
    if (unit) onPick(unit);
    setSearch('');
    setResults([]);
    combobox.closeDropdown();
  }

  const options = results.map((unit) => {
    const already = present.has(unit.code);
    return (
      <Combobox.Option value={unit.code} key={unit.code} disabled={already}>
        {unit.name} ({unit.code}) — {formatInhabitants(unit.population)}
        {unit.postalCodes.length > 0 ? ` — ${unit.postalCodes.slice(0, 3).join(', ')}` : ''}
        {already ? ' — déjà dans le territoire' : ''}
      </Combobox.Option>
    );
  });

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          label="Ajouter une commune"
          description="Nom, code INSEE ou code postal (2 caractères au moins)"
          placeholder="Ex. : Manosque, 04112 ou 04100"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={loading ? <Loader size={16} aria-label="Recherche en cours" /> : null}
          error={error}
          data-testid="unit-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {options}
          {!loading && results.length === 0 ? <Combobox.Empty>Aucune commune trouvée</Combobox.Empty> : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
