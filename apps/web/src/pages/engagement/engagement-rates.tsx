import type { EngagementLineDto, EngagementSummaryDto } from '@maillon/contracts';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { formatRate } from '../diagnostic/diagnostic-format.ts';
import { DirectorySources } from '../diagnostic/diagnostic-view.tsx';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { MembershipChart } from './membership-chart.tsx';

interface RatesTableProps {
  caption: string;
  header: string;
  lines: EngagementLineDto[];
  total?: EngagementLineDto;
  testId: string;
  /** Long lists (communes) scroll within this height. */
  maxHeight?: number;
}

function RatesTable({ caption, header, lines, total, testId, maxHeight }: RatesTableProps) {
  return (
    <ScrollRegion label={caption} {...(maxHeight ? { maxHeight } : {})}>
      <Table striped withTableBorder stickyHeader data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{header}</Table.Th>
            <Table.Th scope="col" ta="right">
              Adhérents
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Professionnels
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Taux
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...lines, ...(total ? [total] : [])].map((line) => (
            <Table.Tr key={line.key} data-line={line.key}>
              <Table.Th scope="row" fw={line === total ? 700 : 500}>
                {line.label}
              </Table.Th>
              <Table.Td ta="right">{formatNumber(line.members)}</Table.Td>
              <Table.Td ta="right">{formatNumber(line.professionals)}</Table.Td>
              <Table.Td ta="right">{formatRate(line.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Rates per profession and per commune, figures and chart: aggregates readable by ARS/CPAM too. */
export function EngagementRates({ summary }: { summary: EngagementSummaryDto }) {
  const { total, members, invitations } = summary;
  return (
    <Stack gap="lg">
      <DirectorySources sources={summary.sources} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure
          label="Adhérents parmi les professionnels du territoire"
          value={`${formatNumber(total.members)} sur ${formatNumber(total.professionals)} (${formatRate(total.rate)})`}
          testId="engagement-total"
        />
        <Figure label="Structures adhérentes" value={formatNumber(members.activeStructures)} />
        <Figure label="Demandes d'adhésion en attente" value={formatNumber(members.requested)} />
        <Figure
          label="Invitations envoyées · taux d'acceptation"
          value={`${formatNumber(invitations.sent)} · ${formatRate(invitations.acceptanceRate)}`}
        />
      </SimpleGrid>
      {members.professionalsOffDirectory > 0 ? (
        <Text size="sm">
          Adhérents professionnels hors de l'annuaire du territoire (sans identifiant RPPS ou exerçant ailleurs), non comptés dans les taux
          : {formatNumber(members.professionalsOffDirectory)}.
        </Text>
      ) : null}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Par profession</Title>
          <RatesTable
            caption="Adhérents parmi les professionnels exerçant sur le territoire, par profession"
            header="Profession"
            lines={summary.professions}
            total={total}
            testId="engagement-professions"
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Par commune</Title>
          <Text size="sm">Un professionnel exerçant dans plusieurs communes est compté dans chacune.</Text>
          <RatesTable
            caption="Adhérents parmi les professionnels exerçant dans chaque commune"
            header="Commune"
            lines={summary.units}
            testId="engagement-units"
            maxHeight={480}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Dans le temps</Title>
          <MembershipChart series={summary.series} professionals={total.professionals} />
        </Stack>
      </Paper>
    </Stack>
  );
}
