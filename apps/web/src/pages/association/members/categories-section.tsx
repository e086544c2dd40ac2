import type { CategoryDto } from '@maillon/contracts';
import { Alert, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { QueryView } from '../../../components/query-view.tsx';
import type { QueryState } from '../../../hooks/use-api-query.ts';
import { formatEuros } from '../../../lib/format.ts';
import { CategoryModal } from './category-modal.tsx';

interface CategoriesSectionProps {
  cptsId: string;
  query: QueryState<{ items: CategoryDto[] }>;
  onChanged: () => void;
}

/** Colleges of the association: with or without vote, and their yearly dues. */
export function CategoriesSection({ cptsId, query, onChanged }: CategoriesSectionProps) {
  const [editing, setEditing] = useState<CategoryDto | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(category: CategoryDto) {
    setError(null);
    try {
      await membersApi.deleteCategory(cptsId, category.id);
      onChanged();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="categories-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="categories-title">
          Collèges et cotisations annuelles
        </Title>
        <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          Nouveau collège
        </Button>
      </Group>
      {error ? (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      ) : null}
      <QueryView query={query} loadingLabel="Chargement des collèges…">
        {({ items }) =>
          items.length === 0 ? (
            <Text>Aucun collège : créez-en au moins un (par exemple « Professionnels de santé libéraux », avec droit de vote).</Text>
          ) : (
            <Table striped withTableBorder data-testid="categories-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Collège</Table.Th>
                  <Table.Th scope="col">Droit de vote</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Cotisation annuelle
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Adhérents
                  </Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">{c.name}</Table.Th>
                    <Table.Td>
                      <Badge color={c.voting ? 'teal' : 'gray'} variant="light" tt="none">
                        {c.voting ? 'Avec droit de vote' : 'Sans droit de vote'}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{c.yearlyDuesCents > 0 ? formatEuros(c.yearlyDuesCents) : 'Aucune'}</Table.Td>
                    <Table.Td ta="right">{c.activeMembers}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setEditing(c)} aria-label={`Modifier le collège ${c.name}`}>
                          Modifier
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => void remove(c)}
                          aria-label={`Supprimer le collège ${c.name}`}
                        >
                          Supprimer
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
      <CategoryModal
        cptsId={cptsId}
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </Paper>
  );
}
