import type { ClientOutput, endpoints } from '@maillon/contracts';
import { REQUEST_SOURCES, REQUEST_STATUS_LABELS, REQUEST_STATUSES, type RequestSource, type RequestStatus } from '@maillon/domain';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatCount, formatDate } from '../../lib/format.ts';
import { CpamImportModal } from './cpam-import-modal.tsx';
import { mtApi } from './mt-api.ts';
import { SOURCE_LABELS } from './mt-labels.ts';
import { RequestDetailModal } from './request-detail-modal.tsx';
import { SettingsModal } from './settings-modal.tsx';
import { TeamEntryModal } from './team-entry-modal.tsx';

type RequestList = ClientOutput<typeof endpoints.mtRequests.list>;

interface Filters {
  status: RequestStatus | null;
  source: RequestSource | null;
  group: string | null;
  unit: string | null;
}

function RequestsTable({ list, onOpen }: { list: RequestList; onOpen: (id: string) => void }) {
  if (list.items.length === 0) return <Text>Aucune demande ne correspond à ces critères.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder data-testid="mt-requests-table">
        <Table.Caption>Demandes classées par priorité (groupe, points, puis ancienneté)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Demande</Table.Th>
            <Table.Th scope="col">Commune</Table.Th>
            <Table.Th scope="col">Origine</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Priorité</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((r) => (
            <Table.Tr key={r.id} data-request-number={r.number}>
              <Table.Th scope="row">
                <Anchor
                  component="button"
                  type="button"
                  fw={600}
                  onClick={() => onOpen(r.id)}
                  aria-label={`${r.lastName} ${r.firstName} : ouvrir la demande ${r.number}`}
                >
                  {r.lastName} {r.firstName}
                </Anchor>
                <Text size="xs">
                  {r.number} · née ou né le {formatDate(r.birthDate)} · déposée le {formatDate(r.requestedOn)}
                </Text>
                {r.hasDuplicates ? (
                  <Badge color="orange" variant="light" tt="none" size="sm">
                    Doublon possible
                  </Badge>
                ) : null}
              </Table.Th>
              <Table.Td>{r.unitName}</Table.Td>
              <Table.Td>{SOURCE_LABELS[r.source]}</Table.Td>
              <Table.Td>{REQUEST_STATUS_LABELS[r.status]}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {r.priority.groupLabel}
                </Text>
                <Text size="xs" data-testid="priority-explanation">
                  {r.priority.explanation}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The coordination team's desk of médecin-traitant requests (issue #9 items 1, 2, 7). */
export function DeskPage() {
  const { id = '' } = useParams();
  const [filters, setFilters] = useState<Filters>({ status: 'waiting', source: null, group: null, unit: null });
  const [modal, setModal] = useState<'entry' | 'import' | 'settings' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const key = `mt-list|${id}|${JSON.stringify(filters)}`;
  const list = useApiQuery(key, () =>
    mtApi.list(id, {
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.source ? { source: filters.source } : {}),
      ...(filters.group ? { group: filters.group } : {}),
      ...(filters.unit ? { unit: filters.unit } : {}),
    }),
  );
  const desk = useApiQuery(`mt-desk|${id}`, () => mtApi.desk(id));
  const communes = desk.data?.communes ?? [];
  const actions = (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal('entry')} data-testid="team-entry">
        Saisir une demande
      </Button>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setModal('import')}>
        Importer une liste CPAM
      </Button>
      <Button variant="default" leftSection={<IconSettings size={16} aria-hidden />} onClick={() => setModal('settings')}>
        Règle de priorité et réglages
      </Button>
    </>
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title="Médecin traitant : demandes"
        subtitle="Les identités ne sont visibles que par l'équipe de coordination ; chaque consultation est tracée."
        actions={actions}
      />
      <Group align="flex-end">
        <Select
          label="Statut"
          clearable
          placeholder="Tous"
          data={REQUEST_STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s] }))}
          value={filters.status}
          onChange={(v) => setFilters({ ...filters, status: (v as RequestStatus | null) ?? null })}
        />
        <Select
          label="Groupe de priorité"
          clearable
          placeholder="Tous"
          data={(list.data?.groups ?? []).map((g) => ({ value: g.id, label: g.label }))}
          value={filters.group}
          onChange={(v) => setFilters({ ...filters, group: v })}
        />
        <Select
          label="Commune"
          clearable
          searchable
          placeholder="Toutes"
          data={communes.map((c) => ({ value: c.code, label: c.name }))}
          value={filters.unit}
          onChange={(v) => setFilters({ ...filters, unit: v })}
        />
        <Select
          label="Origine"
          clearable
          placeholder="Toutes"
          data={REQUEST_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
          value={filters.source}
          onChange={(v) => setFilters({ ...filters, source: (v as RequestSource | null) ?? null })}
        />
      </Group>
      <QueryView query={list} loadingLabel="Chargement des demandes…" notFoundMessage="Demandes introuvables">
        {(data) => (
          <Stack gap="xs">
            <Text size="sm">{formatCount(data.items.length)} demande(s)</Text>
            <RequestsTable list={data} onOpen={setOpenId} />
          </Stack>
        )}
      </QueryView>
      <TeamEntryModal
        opened={modal === 'entry'}
        cptsId={id}
        communes={communes}
        onClose={() => setModal(null)}
        onCreated={(requestId) => {
          setModal(null);
          list.reload();
          setOpenId(requestId);
        }}
      />
      <CpamImportModal opened={modal === 'import'} cptsId={id} onClose={() => setModal(null)} onApplied={list.reload} />
      <SettingsModal opened={modal === 'settings'} cptsId={id} onClose={() => setModal(null)} onSaved={list.reload} />
      {openId ? (
        <RequestDetailModal
          cptsId={id}
          requestId={openId}
          communes={communes}
          onClose={() => setOpenId(null)}
          onChanged={list.reload}
          onOpen={setOpenId}
        />
      ) : null}
    </Stack>
  );
}
