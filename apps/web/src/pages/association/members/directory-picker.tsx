import type { DirectoryHitDto } from '@maillon/contracts';
import { Badge, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';

interface DirectoryPickerProps {
  cptsId: string;
  selected: DirectoryHitDto | null;
  onSelect: (hit: DirectoryHitDto | null) => void;
  error?: string | undefined;
}

/** Finds a professional in the national directory (name or RPPS), practitioners of the territory first. */
export function DirectoryPicker({ cptsId, selected, onSelect, error }: DirectoryPickerProps) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [hits, setHits] = useState<DirectoryHitDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (q.length < 2) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    membersApi.searchDirectory(cptsId, q, controller.signal).then(
      (result) => {
        setHits(result.items);
        setFailure(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (cause instanceof DOMException && cause.name === 'AbortError') return;
        setFailure(errorMessage(cause));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [cptsId, q]);

  if (selected) {
    return (
      <Group justify="space-between" p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}>
        <div>
          <Text fw={600}>{selected.displayName}</Text>
          <Text size="xs">
            {selected.professionLabel} · RPPS {selected.idNatPs}
            {selected.townLabel ? ` · ${selected.townLabel}` : ''}
          </Text>
        </div>
        <Button size="xs" variant="subtle" onClick={() => onSelect(null)}>
          Changer
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <TextInput
        label="Professionnel (annuaire RPPS)"
        description="Nom, prénom ou numéro RPPS ; les praticiens du territoire apparaissent en premier."
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading ? <Loader size="xs" aria-label="Recherche en cours" /> : null}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error ?? failure ?? undefined}
        required
        data-testid="directory-search"
      />
      {hits.length > 0 ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Résultats de l'annuaire">
          {hits.map((hit) => (
            <Group key={hit.idNatPs} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <div>
                <Text size="sm" fw={600}>
                  {hit.displayName}
                </Text>
                <Text size="xs">
                  {hit.professionLabel}
                  {hit.townLabel ? ` · ${hit.townLabel}` : ''} · RPPS {hit.idNatPs}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {hit.inTerritory ? null : (
                  <Badge color="gray" variant="light" tt="none">
                    Hors territoire
                  </Badge>
                )}
                {hit.memberStatus ? (
                  <Badge color="teal" variant="light" tt="none">
                    {hit.memberStatus === 'active' ? 'Déjà adhérent' : 'Demande en cours'}
                  </Badge>
                ) : (
                  <Button size="xs" variant="light" onClick={() => onSelect(hit)} aria-label={`Choisir ${hit.displayName}`}>
                    Choisir
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      ) : q.length >= 2 && !loading ? (
        <Text size="sm">Aucun professionnel trouvé.</Text>
      ) : null}
    </Stack>
  );
}
