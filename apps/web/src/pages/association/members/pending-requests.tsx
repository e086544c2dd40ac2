import type { CategoryDto, MemberDto, MemberListDto } from '@maillon/contracts';
import { Alert, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { QueryView } from '../../../components/query-view.tsx';
import type { QueryState } from '../../../hooks/use-api-query.ts';
import { formatDate } from '../../../lib/format.ts';

interface PendingRequestsProps {
  cptsId: string;
  query: QueryState<MemberListDto>;
  categories: CategoryDto[];
  onChanged: () => void;
}

/** Membership requests waiting for the coordination team: validate into a college, or refuse. */
export function PendingRequests({ cptsId, query, categories, onChanged }: PendingRequestsProps) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(member: MemberDto, decision: 'accept' | 'refuse') {
    setBusy(member.id);
    setError(null);
    try {
      const categoryId = chosen[member.id] ?? categories[0]?.id;
      await membersApi.decide(cptsId, member.id, decision === 'accept' && categoryId ? { decision, categoryId } : { decision });
      onChanged();
    } catch (cause) {
      setError(`${member.displayName} : ${errorMessage(cause)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <QueryView query={query} loadingLabel="Chargement des demandes…">
      {({ items }) =>
        items.length === 0 ? (
          <Text>Aucune demande d'adhésion en attente.</Text>
        ) : (
          <>
            {error ? (
              <Alert color="red" role="alert" title="Décision impossible" mb="sm">
                {error}
              </Alert>
            ) : null}
            {categories.length === 0 ? (
              <Alert color="orange" mb="sm">
                Créez d'abord les collèges (onglet « Collèges et cotisations ») pour valider les demandes.
              </Alert>
            ) : null}
            <Table.ScrollContainer minWidth={900}>
              <Table striped withTableBorder data-testid="pending-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Demandeur</Table.Th>
                    <Table.Th scope="col">Demande du</Table.Th>
                    <Table.Th scope="col">Contact</Table.Th>
                    <Table.Th scope="col">Collège</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">Décision</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((m) => (
                    <Table.Tr key={m.id} data-testid="pending-row" data-member-id={m.id}>
                      <Table.Th scope="row" fw={600}>
                        {m.displayName}
                        <Text size="xs" fw={400}>
                          {m.typeLabel}
                        </Text>
                      </Table.Th>
                      <Table.Td>{formatDate(m.requestedAt)}</Table.Td>
                      <Table.Td>{m.contactEmail ?? '—'}</Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={`Collège de ${m.displayName}`}
                          value={chosen[m.id] ?? categories[0]?.id ?? ''}
                          onChange={(e) => setChosen((c) => ({ ...c, [m.id]: e.currentTarget.value }))}
                          data={categories.map((c) => ({ value: c.id, label: c.voting ? c.name : `${c.name} (sans vote)` }))}
                          data-testid="pending-category"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button
                            size="xs"
                            onClick={() => void decide(m, 'accept')}
                            loading={busy === m.id}
                            disabled={categories.length === 0}
                            aria-label={`Valider l'adhésion de ${m.displayName}`}
                            data-testid="accept-button"
                          >
                            Valider
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => void decide(m, 'refuse')}
                            disabled={busy === m.id}
                            aria-label={`Refuser la demande de ${m.displayName}`}
                          >
                            Refuser
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )
      }
    </QueryView>
  );
}
