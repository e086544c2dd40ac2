import type { EngagementLineDto } from '@maillon/contracts';
import { Button, Group, Pagination, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber, plural } from '../../lib/format.ts';
import { DownloadButton } from '../diagnostic/download-button.tsx';
import { engagementApi, type NonMembersFilter } from './engagement-api.ts';
import { InviteModal, type InviteTarget } from './invite-modal.tsx';
import { NonMembersTable } from './non-members-table.tsx';

const PAGE_SIZE = 50;
const NO_FILTER: NonMembersFilter = { profession: null, unit: null, invited: null };

interface NonMembersSectionProps {
  cptsId: string;
  units: EngagementLineDto[];
  /** After invitations were recorded (the follow-up and the rates change). */
  onInvited: () => void;
}

/** "Professionnels à inviter": filters, bulk "marquer comme invités", CSV and XLSX exports. */
export function NonMembersSection({ cptsId, units, onInvited }: NonMembersSectionProps) {
  const [filter, setFilter] = useState<NonMembersFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, InviteTarget>>(new Map());
  const [inviting, setInviting] = useState<InviteTarget[]>([]);
  const [notice, setNotice] = useState('');
  const key = `non-members|${cptsId}|${JSON.stringify(filter)}|${page}`;
  const query = useApiQuery(key, () => engagementApi.nonMembers(cptsId, filter, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }));
  const change = (next: Partial<NonMembersFilter>) => {
    setFilter({ ...filter, ...next });
    setPage(1);
    setSelected(new Map());
  };
  const professions = query.data?.professions ?? [];

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2}>Professionnels à inviter</Title>
        <Text size="sm">
          Professionnels exerçant sur le territoire d'après le RPPS, qui ne sont ni adhérents ni en cours d'adhésion. Les coordonnées sont
          celles des structures d'exercice publiées par l'annuaire.
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label="Profession"
            placeholder="Toutes"
            data={professions.map((p) => ({ value: p.key, label: p.label }))}
            value={filter.profession}
            onChange={(value) => change({ profession: value })}
            clearable
            data-testid="filter-profession"
          />
          <Select
            label="Commune"
            placeholder="Toutes"
            data={units.map((u) => ({ value: u.key, label: u.label }))}
            value={filter.unit}
            onChange={(value) => change({ unit: value })}
            clearable
            searchable
            data-testid="filter-unit"
          />
          <Select
            label="Invitation"
            placeholder="Toutes"
            data={[
              { value: 'no', label: 'Jamais invités' },
              { value: 'yes', label: 'Déjà invités' },
            ]}
            value={filter.invited}
            onChange={(value) => change({ invited: value === 'yes' || value === 'no' ? value : null })}
            clearable
            data-testid="filter-invited"
          />
        </Group>
        <Group justify="space-between" align="flex-start">
          <Button
            leftSection={<IconMailForward size={16} aria-hidden />}
            disabled={selected.size === 0}
            onClick={() => setInviting([...selected.values()])}
            data-testid="mark-invited"
          >
            Marquer comme invités ({formatNumber(selected.size)})
          </Button>
          <Group align="flex-start" gap="sm">
            <DownloadButton
              label="Exporter (CSV)"
              icon={<IconFileTypeCsv size={16} aria-hidden />}
              request={() => engagementApi.nonMembersExport(cptsId, filter, 'csv')}
              testId="non-members-csv"
            />
            <DownloadButton
              label="Exporter (XLSX)"
              icon={<IconFileSpreadsheet size={16} aria-hidden />}
              request={() => engagementApi.nonMembersExport(cptsId, filter, 'xlsx')}
              testId="non-members-xlsx"
            />
          </Group>
        </Group>
        <Text size="sm" role="status" aria-live="polite" data-testid="non-members-notice">
          {notice}
        </Text>
        <QueryView query={query} loadingLabel="Chargement des professionnels…">
          {(data) => (
            <Stack gap="sm">
              <Text size="sm" fw={600} data-testid="non-members-total">
                {plural(data.total, 'professionnel', 'professionnels')} à inviter
              </Text>
              {data.total > 0 ? (
                <NonMembersTable
                  items={data.items}
                  selected={new Set(selected.keys())}
                  onToggle={(id, checked) => {
                    const next = new Map(selected);
                    const row = data.items.find((item) => item.idNatPs === id);
                    if (checked && row) next.set(id, { kind: 'professional', id, label: `${row.firstName} ${row.lastName}` });
                    else next.delete(id);
                    setSelected(next);
                  }}
                  onToggleAll={(checked) => {
                    const next = new Map(selected);
                    for (const row of data.items) {
                      if (checked)
                        next.set(row.idNatPs, { kind: 'professional', id: row.idNatPs, label: `${row.firstName} ${row.lastName}` });
                      else next.delete(row.idNatPs);
                    }
                    setSelected(next);
                  }}
                />
              ) : null}
              {data.total > PAGE_SIZE ? (
                <Pagination
                  total={Math.ceil(data.total / PAGE_SIZE)}
                  value={page}
                  onChange={setPage}
                  getControlProps={(control) => ({
                    'aria-label': control === 'next' ? 'Page suivante' : control === 'previous' ? 'Page précédente' : control,
                  })}
                  getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
                />
              ) : null}
            </Stack>
          )}
        </QueryView>
        <InviteModal
          cptsId={cptsId}
          targets={inviting}
          onClose={() => setInviting([])}
          onDone={(result) => {
            setInviting([]);
            setSelected(new Map());
            setNotice(
              `${plural(result.created, 'invitation enregistrée', 'invitations enregistrées')}${result.alreadyPending ? `, ${plural(result.alreadyPending, 'déjà en attente de réponse', 'déjà en attente de réponse')}` : ''}.`,
            );
            query.reload();
            onInvited();
          }}
        />
      </Stack>
    </Paper>
  );
}
