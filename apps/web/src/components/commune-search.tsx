import type { UnitDto } from '@maillon/contracts';
import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { geoApi } from '../api/endpoints.ts';
import { formatInhabitants } from '../lib/format.ts';

interface CommuneSearchProps {
  label: string;
  description: string;
  placeholder: string;
  onPick: (unit: UnitDto) => void;
  /** Restricts the search to one region (INSEE code); null searches everywhere. */
  region?: string | null;
  /** Why a result cannot be picked (shown after it), or null when it can. */
  unavailable?: (unit: UnitDto) => string | null;
  showPopulation?: boolean;
  leftSection?: ReactNode;
  /** An error about the chosen commune (e.g. from the API), shown when the search itself has none. */
  error?: string | undefined;
  testId: string;
}

/**
 * Autocomplete on commune name, INSEE code prefix or postal code prefix (2 characters at
 * least): the one commune picker of the territory editor, the regulation desk and the
 * requests between professionals.
 */
export function CommuneSearch({
  label,
  description,
  placeholder,
  onPick,
  region = null,
  unavailable,
  showPopulation = false,
  leftSection,
  error: fieldError,
  testId,
}: CommuneSearchProps) {
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

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          label={label}
          description={description}
          placeholder={placeholder}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          leftSection={leftSection}
          rightSection={loading ? <Loader size={16} aria-label="Recherche en cours" /> : null}
          error={error ?? fieldError}
          data-testid={testId}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {results.map((unit) => {
            const reason = unavailable?.(unit) ?? null;
            return (
              <Combobox.Option value={unit.code} key={unit.code} disabled={reason !== null}>
                {unit.name} ({unit.code}){showPopulation ? ` — ${formatInhabitants(unit.population)}` : ''}
                {unit.postalCodes.length > 0 ? ` — ${unit.postalCodes.slice(0, 3).join(', ')}` : ''}
                {reason ? ` — ${reason}` : ''}
              </Combobox.Option>
            );
          })}
          {!loading && results.length === 0 ? <Combobox.Empty>Aucune commune trouvée</Combobox.Empty> : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
