import type { WaitingListIndicatorsDto } from '@maillon/contracts';
import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber, formatShare } from '../../lib/format.ts';
import { DownloadButton } from '../diagnostic/download-button.tsx';
import { mtMatchingApi } from './mt-matching-api.ts';

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** A horizontal bar chart, hidden from screen readers: the table next to it carries the same figures. */
function Bars({ rows }: { rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Stack gap={4} aria-hidden>
      {rows.map((r) => (
        <Group key={r.label} gap="xs" wrap="nowrap">
          <Text size="xs" w={160} truncate>
            {r.label}
          </Text>
          <Box h={12} w={`${Math.max(2, (r.count / max) * 100)}%`} maw={240} bg="teal.7" style={{ borderRadius: 2 }} />
          <Text size="xs">{formatNumber(r.count)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: { label: string; count: number }[] }) {
  return (
    <Table withTableBorder striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{head}</Table.Th>
          <Table.Th scope="col">Demandes</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Th scope="row">{r.label}</Table.Th>
            <Table.Td>{formatNumber(r.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

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

/** The waiting-list indicators of one CPTS (counts only), with charts and their table alternative. */
export function IndicatorsView({ data }: { data: WaitingListIndicatorsDto }) {
  const byGroup = data.waitingByGroup.map((g) => ({ label: g.label, count: g.count }));
  const byUnit = data.waitingByUnit.slice(0, 10).map((u) => ({ label: u.unitName, count: u.count }));
  const byMonth = data.placedByMonth.map((m) => ({ label: monthLabel(m.month), count: m.count }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Figure label="en attente" value={formatNumber(data.waiting)} testId="mt-indicator-waiting" />
        <Figure label="placés" value={formatNumber(data.placed)} testId="mt-indicator-placed" />
        <Figure label="attente médiane (jours)" value={data.medianWaitDays === null ? '—' : formatNumber(data.medianWaitDays)} />
        <Figure label="attente p90 (jours)" value={data.p90WaitDays === null ? '—' : formatNumber(data.p90WaitDays)} />
        <Figure
          label={`réponses en ${data.responseDays} jours ou moins`}
          value={data.answeredInTimeRate === null ? '—' : formatShare(data.answeredInTimeRate)}
        />
        <Figure
          label="ALD sans médecin traitant / liste CPAM"
          value={`${formatNumber(data.ald.stillWaiting)} / ${formatNumber(data.ald.baseline)}`}
        />
      </SimpleGrid>
      <Text size="sm">
        Patients de 70 ans et plus de la liste CPAM encore sans médecin traitant : {formatNumber(data.seniors.stillWaiting)} sur{' '}
        {formatNumber(data.seniors.baseline)}.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            En attente par groupe de priorité
          </Title>
          <Bars rows={byGroup} />
          <CountTable caption="En attente par groupe de priorité" head="Groupe" rows={byGroup} />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            En attente par commune
          </Title>
          <Bars rows={byUnit} />
          <CountTable caption="En attente par commune (10 premières)" head="Commune" rows={byUnit} />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            Patients placés par mois
          </Title>
          <Bars rows={byMonth} />
          <CountTable caption="Patients placés par mois" head="Mois" rows={byMonth} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/** The CPTS dashboard's card: renders nothing for a reader who may not see the figures. */
export function IndicatorsCard({ cptsId }: { cptsId: string }) {
  const query = useApiQuery(`mt-indicators|${cptsId}`, () => mtMatchingApi.indicators(cptsId));
  if (!query.data) return null;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="mt-indicators-title" data-testid="mt-indicators">
      <Title order={2} id="mt-indicators-title" mb="sm">
        Médecin traitant : liste d’attente
      </Title>
      <IndicatorsView data={query.data} />
      <Group mt="sm">
        <DownloadButton
          label="Exporter les indicateurs (CSV)"
          icon={<IconFileTypeCsv size={16} aria-hidden />}
          request={() => ({ url: mtMatchingApi.indicatorsCsvUrl(cptsId) })}
          testId="mt-indicators-csv"
        />
      </Group>
    </Paper>
  );
}
