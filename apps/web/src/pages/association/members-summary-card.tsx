import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { membersApi } from '../../api/association-endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber, formatShare } from '../../lib/format.ts';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
    </Stack>
  );
}

/**
 * Counts and rates of the CPTS association (no name, no contact): what ARS and CPAM see of its
 * members; the coordination team gets links to manage them. Renders nothing when unreadable.
 */
export function MembersSummaryCard({ cptsId, canManage }: { cptsId: string; canManage: boolean }) {
  const summary = useApiQuery(`members-summary|${cptsId}`, () => membersApi.summary(cptsId));
  const data = summary.data;
  if (!data) return null;
  const active = data.byStatus.active;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="association-summary-title" data-testid="members-summary">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="association-summary-title">
          Vie associative
        </Title>
        {canManage ? (
          <Group gap="md">
            <Anchor component={Link} to={`/cpts/${cptsId}/adherents`} size="sm">
              Adhérents
            </Anchor>
            <Anchor component={Link} to={`/cpts/${cptsId}/gouvernance`} size="sm">
              Gouvernance
            </Anchor>
            <Anchor component={Link} to={`/cpts/${cptsId}/assemblees`} size="sm">
              Assemblées générales
            </Anchor>
          </Group>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure label="adhérents" value={formatNumber(active)} testId="summary-active" />
        <Figure label="professionnels" value={formatNumber(data.professionals)} />
        <Figure label="structures" value={formatNumber(data.structures)} />
        <Figure label={`cotisations ${data.year} réglées`} value={data.duesPaidRate === null ? '—' : formatShare(data.duesPaidRate)} />
        <Figure label="demandes en attente" value={formatNumber(data.byStatus.requested)} />
      </SimpleGrid>
      <Text size="sm" mt="sm">
        {data.byCategory.map((c) => `${c.name} : ${c.active}${c.voting ? '' : ' (sans vote)'}`).join(' · ') || 'Aucun collège défini.'}
        {data.lastAssemblyOn ? ` · Dernière assemblée générale tenue : ${data.lastAssemblyOn.split('-').reverse().join('/')}` : ''}
      </Text>
    </Paper>
  );
}
