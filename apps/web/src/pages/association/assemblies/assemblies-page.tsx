import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { assembliesApi } from '../../../api/association-endpoints.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ASSEMBLY_STATUS_COLORS } from '../association-labels.ts';
import { AssociationLinks } from '../association-links.tsx';
import { useCptsName } from '../use-cpts-name.ts';
import { ConvokeModal } from './convoke-modal.tsx';

/** The association's general assemblies, past and upcoming, and the convocation of a new one. */
export function AssembliesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const name = useCptsName(id);
  const list = useApiQuery(`assemblies|${id}`, () => assembliesApi.list(id));
  const [convoking, setConvoking] = useState(false);

  return (
    <Stack gap="md">
      <PageHeader
        title="Assemblées générales"
        subtitle={name ?? undefined}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setConvoking(true)} data-testid="convoke-button">
            Convoquer une assemblée
          </Button>
        }
      />
      <AssociationLinks cptsId={id} current="assemblies" />
      <QueryView query={list} loadingLabel="Chargement des assemblées…">
        {({ items }) =>
          items.length === 0 ? (
            <Text>Aucune assemblée pour le moment.</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped withTableBorder data-testid="assemblies-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Assemblée</Table.Th>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">État</Table.Th>
                    <Table.Th scope="col">Résolutions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/cpts/${id}/assemblees/${a.id}`} fw={600}>
                          {a.title}
                        </Anchor>
                        <Text size="xs">{a.kindLabel}</Text>
                      </Table.Th>
                      <Table.Td>{formatDateTime(a.scheduledAt)}</Table.Td>
                      <Table.Td>
                        <Badge color={ASSEMBLY_STATUS_COLORS[a.status]} variant="light" tt="none">
                          {a.statusLabel}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {a.resolutionCount} dont {a.adoptedCount} adoptée{a.adoptedCount > 1 ? 's' : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <ConvokeModal
        cptsId={id}
        opened={convoking}
        onClose={() => setConvoking(false)}
        onConvened={(aid) => navigate(`/cpts/${id}/assemblees/${aid}`)}
      />
    </Stack>
  );
}
