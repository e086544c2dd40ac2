import type { UnitDto } from '@maillon/contracts';
import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { geoApi } from '../../api/endpoints.ts';

/** The patient's commune: name, INSEE code or postal code, as the territory pages search it. */
export function CommuneField({ value, onPick }: { value: UnitDto | null; onPick: (unit: UnitDto) => void }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [results, setResults] = useState<UnitDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (debounced.length < 2) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    geoApi.searchUnits(debounced, null, controller.signal).then(
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
  }, [debounced]);

  return (
    <Combobox
      store={combobox}
      withinPortal={false}
      onOptionSubmit={(code) => {
        const unit = results.find((u) => u.code === code);
        if (unit) onPick(unit);
        setSearch('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label="Commune du patient"
          description={value ? `Choisie : ${value.name} (${value.code})` : 'Nom, code INSEE ou code postal'}
          placeholder="Ex. : Draguignan, 83050 ou 83300"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={loading ? <Loader size={16} aria-label="Recherche en cours" /> : null}
          error={error}
          data-testid="patient-commune"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {results.map((u) => (
            <Combobox.Option value={u.code} key={u.code}>
              {u.name} ({u.code}){u.postalCodes.length > 0 ? ` — ${u.postalCodes.slice(0, 3).join(', ')}` : ''}
            </Combobox.Option>
          ))}
          {!loading && results.length === 0 ? <Combobox.Empty>Aucune commune trouvée</Combobox.Empty> : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
