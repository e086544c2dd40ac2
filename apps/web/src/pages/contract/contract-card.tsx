import type { ContractDto } from '@maillon/contracts';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { AmendmentModal } from './amendment-modal.tsx';
import { EnvelopesTable } from './envelopes-table.tsx';
import { IndicatorsSection } from './indicators-section.tsx';
import { MissionProgressModal } from './mission-progress-modal.tsx';
import { MissionsTable } from './missions-table.tsx';
import { ScheduleTable } from './schedule-table.tsx';
import { TerminationModal } from './termination-modal.tsx';

const STATUS_COLORS: Record<ContractDto['status'], string> = {
  awaitingSignatures: 'yellow',
  inForce: 'teal',
  ended: 'gray',
  terminated: 'red',
};
const PARTIES = [
  ['cpts', 'CPTS'],
  ['cpam', 'CPAM'],
  ['ars', 'ARS'],
] as const;

interface ContractCardProps {
  contract: ContractDto;
  today: string;
  onChanged: (contract: ContractDto) => void;
  onComplete: (contract: ContractDto) => void;
  onRenew: (contract: ContractDto) => void;
}

/** One contract: parties and dates, taille and amendments, missions, yearly envelopes and the payment schedule. */
export function ContractCard({ contract, today, onChanged, onComplete, onRenew }: ContractCardProps) {
  const [deadline, setDeadline] = useState<ContractDto['deadlines'][number] | null>(null);
  const [amending, setAmending] = useState(false);
  const [terminating, setTerminating] = useState(false);
  const manage = contract.permissions.manage;
  const signed = contract.signedOn !== null;
  return (
    <Paper withBorder p="md" data-testid="contract-card" data-contract-id={contract.id}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="sm">
              <Title order={2}>{signed ? `Contrat signé le ${formatDate(contract.signedOn)}` : 'Contrat en attente de signatures'}</Title>
              <Badge color={STATUS_COLORS[contract.status]} variant="light" tt="none" data-testid="contract-status">
                {contract.statusLabel}
              </Badge>
              {contract.isDemo ? (
                <Badge color="orange" tt="none">
                  Démonstration
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">
              {signed
                ? `Cinq ans, jusqu'au ${formatDate(contract.endsOn)}`
                : 'Il sera signé à la date de la dernière des trois signatures.'}
              {contract.currentYear ? ` · année ${contract.currentYear} en cours` : ''}
              {contract.renewsId ? ' · renouvellement du contrat précédent' : ''}
            </Text>
          </Stack>
          {manage ? (
            <Group gap="xs">
              {!signed ? (
                <Button variant="light" onClick={() => onComplete(contract)} data-testid="contract-complete">
                  Compléter les signatures
                </Button>
              ) : null}
              {signed && contract.status === 'inForce' ? (
                <>
                  <Button variant="light" onClick={() => setAmending(true)} data-testid="contract-amend">
                    Avenant de taille
                  </Button>
                  {!contract.termination ? (
                    <Button variant="outline" color="red.9" onClick={() => setTerminating(true)} data-testid="contract-terminate">
                      Résilier
                    </Button>
                  ) : null}
                </>
              ) : null}
              {signed && (contract.status === 'ended' || contract.currentYear === 5) ? (
                <Button variant="light" onClick={() => onRenew(contract)} data-testid="contract-renew">
                  Renouveler
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Table withTableBorder>
            <Table.Caption>Signatures</Table.Caption>
            <Table.Tbody>
              {PARTIES.map(([key, label]) => {
                const s = contract.signatures[key];
                return (
                  <Table.Tr key={key}>
                    <Table.Th scope="row">{label}</Table.Th>
                    <Table.Td>{s ? `le ${formatDate(s.signedOn)}${s.signatory ? ` — ${s.signatory}` : ''}` : 'pas encore signé'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Stack gap={4}>
            <Text size="sm">
              Taille {contract.sizeCategory} à la signature : {formatNumber(contract.population)} habitants (population INSEE{' '}
              {contract.populationVintage})
            </Text>
            {contract.amendments.map((a) => (
              <Text size="sm" key={`${a.signedOn}-${a.effectiveFrom}`}>
                Avenant du {formatDate(a.signedOn)} : taille {a.sizeCategory} à partir du {formatDate(a.effectiveFrom)} (
                {formatNumber(a.population)} habitants, INSEE {a.populationVintage}){a.reason ? ` — ${a.reason}` : ''}
              </Text>
            ))}
            {contract.termination ? (
              <Text size="sm" c="red.9" fw={600}>
                Résilié à compter du {formatDate(contract.termination.effectiveOn)} : {contract.termination.reasonLabel}
                {contract.termination.comment ? ` (${contract.termination.comment})` : ''}
              </Text>
            ) : null}
          </Stack>
        </SimpleGrid>
        {signed ? (
          <>
            <Title order={3}>Missions et échéances</Title>
            <MissionsTable
              contract={contract}
              onEdit={contract.permissions.recordProgress && contract.status === 'inForce' ? setDeadline : null}
            />
            <Title order={3}>Enveloppes annuelles</Title>
            <EnvelopesTable contract={contract} />
            <Title order={3}>Échéancier des versements</Title>
            <ScheduleTable contract={contract} today={today} />
            <IndicatorsSection contract={contract} today={today} />
          </>
        ) : null}
      </Stack>
      <MissionProgressModal
        contract={contract}
        deadline={deadline}
        onClose={() => setDeadline(null)}
        onSaved={(c) => {
          setDeadline(null);
          onChanged(c);
        }}
      />
      <AmendmentModal
        contract={contract}
        opened={amending}
        onClose={() => setAmending(false)}
        onSaved={(c) => {
          setAmending(false);
          onChanged(c);
        }}
      />
      <TerminationModal
        contract={contract}
        opened={terminating}
        onClose={() => setTerminating(false)}
        onSaved={(c) => {
          setTerminating(false);
          onChanged(c);
        }}
      />
    </Paper>
  );
}
