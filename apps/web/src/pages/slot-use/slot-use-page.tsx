import type { SlotUseDto } from '@maillon/contracts';
import { SLOT_CHANNEL_LABELS } from '@maillon/domain';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { DateField } from '../../components/date-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { regulationApi } from '../regulation/regulation-api.ts';
import { SlotUseChart } from './slot-use-chart.tsx';

const COLUMNS = [
  ['offered', 'Proposés'],
  ['booked', 'Réservés'],
  ['honoured', 'Honorés'],
  ['noshow', 'Absences'],
  ['cancelled', 'Annulés'],
] as const;

type Counts = SlotUseDto['total'];

function CountsRow({ counts }: { counts: Counts }) {
  return COLUMNS.map(([key]) => <Table.Td key={key}>{formatNumber(counts[key])}</Table.Td>);
}

function SlotUseView({ use, cptsId }: { use: SlotUseDto; cptsId: string }) {
  return (
    <Stack gap="lg">
      <Text data-testid="slot-use-period">
        Du {formatDate(use.from)} au {formatDate(use.to)} inclus.
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="slot-use-total">
        {COLUMNS.map(([key, label]) => (
          <Card withBorder key={key}>
            <Text size="sm">{label}</Text>
            <Text size="xl" fw={700} data-testid={`total-${key}`}>
              {formatNumber(use.total[key])}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text>
        Indicateurs d’accès aux soins du contrat : {formatNumber(use.indicators.snpSlotsOffered)} créneaux SNP proposés,{' '}
        {formatNumber(use.indicators.snpBookingsHonoured)} rendez-vous SNP honorés.
      </Text>
      <SlotUseChart days={use.byDay} />
      <Group>
        <Anchor href={regulationApi.slotUseCsvUrl(cptsId, { from: use.from, to: use.to })} download>
          Télécharger le détail (CSV)
        </Anchor>
      </Group>
      <Title order={2} size="h3">
        Par canal
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Canal</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key}>{label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {use.byChannel.map((c) => (
            <Table.Tr key={c.channel}>
              <Table.Td>{SLOT_CHANNEL_LABELS[c.channel]}</Table.Td>
              <CountsRow counts={c} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h3">
        Par professionnel
      </Title>
      <Table striped data-testid="slot-use-practitioners">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Professionnel</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key}>{label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {use.byPractitioner.map((p) => (
            <Table.Tr key={p.idNatPs}>
              <Table.Td>{p.practitionerName}</Table.Td>
              <CountsRow counts={p} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The period asked for: the server's default (the 30 days up to today) until the team picks one. */
function PeriodForm({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const [from, setFrom] = useState<string | null>(period.from ?? '');
  const [to, setTo] = useState<string | null>(period.to ?? '');
  const invalid = from === null || to === null;
  return (
    <form
      aria-label="Période"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onChange({ from: from || undefined, to: to || undefined });
      }}
    >
      <Group align="flex-end">
        <DateField label="Du" value={from} onChange={setFrom} data-testid="slot-use-from" />
        <DateField label="Au (inclus)" value={to} onChange={setTo} data-testid="slot-use-to" />
        <Button type="submit" variant="light" disabled={invalid} data-testid="slot-use-apply">
          Afficher
        </Button>
      </Group>
    </form>
  );
}

interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** `/cpts/:id/usage-creneaux`: slot-use feedback for the coordination team (issue #10 item 3), counts only. */
export function SlotUsePage() {
  const { id = '' } = useParams();
  const [period, setPeriod] = useState<Period>({});
  const query = useApiQuery(`slot-use-${id}-${period.from ?? ''}-${period.to ?? ''}`, () => regulationApi.slotUse(id, period));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Usage des créneaux"
        subtitle="Créneaux proposés, réservés, honorés, absences et annulations, par jour du créneau (par défaut les 30 derniers jours ; la période peut inclure les jours à venir)"
      />
      <PeriodForm period={period} onChange={setPeriod} />
      <QueryView query={query} loadingLabel="Chargement…">
        {(use) => <SlotUseView use={use} cptsId={id} />}
      </QueryView>
    </Stack>
  );
}
