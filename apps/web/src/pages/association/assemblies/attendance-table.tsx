import type { AssemblyDetailDto, AttendanceDto } from '@maillon/contracts';
import { ATTENDANCE_LABELS } from '@maillon/domain';
import { Alert, NativeSelect, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { assembliesApi } from '../../../api/association-endpoints.ts';
import { ATTENDANCE_OPTIONS } from '../association-labels.ts';

interface AttendanceTableProps {
  cptsId: string;
  assembly: AssemblyDetailDto;
  onUpdated: (assembly: AssemblyDetailDto) => void;
}

/** The frozen voter list: attendance and proxies, saved one change at a time. */
export function AttendanceTable({ cptsId, assembly, onUpdated }: AttendanceTableProps) {
  const [error, setError] = useState<string | null>(null);
  const closed = assembly.status === 'closed';
  const present = assembly.voters.filter((v) => v.attendance === 'present');
  const names = new Map(assembly.voters.map((v) => [v.memberId, v.displayName]));

  async function change(memberId: string, attendance: AttendanceDto, proxyHolderId: string | null = null) {
    setError(null);
    let holder = proxyHolderId;
    if (attendance === 'represented' && !holder) {
      holder = present.find((v) => v.memberId !== memberId && v.proxiesCarried < assembly.maxProxiesPerHolder)?.memberId ?? null;
      if (!holder) {
        setError('Aucun membre présent ne peut porter ce pouvoir : marquez d’abord le porteur présent.');
        return;
      }
    }
    try {
      onUpdated(await assembliesApi.attendance(cptsId, assembly.id, { changes: [{ memberId, attendance, proxyHolderId: holder }] }));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="attendance-title">
      <Title order={2} id="attendance-title" mb={4}>
        Émargement et pouvoirs
      </Title>
      <Text size="sm" mb="sm">
        {assembly.voters.length} membres avec droit de vote (liste arrêtée à la convocation). Un membre présent porte au plus{' '}
        {assembly.maxProxiesPerHolder} pouvoir{assembly.maxProxiesPerHolder > 1 ? 's' : ''}.
      </Text>
      {error ? (
        <Alert color="red" role="alert" mb="sm" title="Modification refusée">
          {error}
        </Alert>
      ) : null}
      {/* A long list scrolls inside its own focusable region, keeping quorum and votes close by. */}
      <ScrollArea.Autosize
        mah={520}
        type="auto"
        offsetScrollbars
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': "Liste d'émargement" }}
      >
        <Table striped withTableBorder stickyHeader miw={700} data-testid="attendance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Membre</Table.Th>
              <Table.Th scope="col">Présence</Table.Th>
              <Table.Th scope="col">Pouvoir donné à</Table.Th>
              <Table.Th scope="col" ta="right">
                Pouvoirs portés
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assembly.voters.map((v) => (
              <Table.Tr key={v.memberId} data-voter={v.displayName}>
                <Table.Th scope="row" fw={500}>
                  {v.displayName}
                  {v.categoryName ? (
                    <Text size="xs" fw={400}>
                      {v.categoryName}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>
                  {closed ? (
                    ATTENDANCE_LABELS[v.attendance]
                  ) : (
                    <NativeSelect
                      aria-label={`Présence de ${v.displayName}`}
                      value={v.attendance}
                      onChange={(e) => void change(v.memberId, e.currentTarget.value as AttendanceDto)}
                      data={ATTENDANCE_OPTIONS}
                      data-testid="attendance-select"
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {v.attendance === 'represented' && closed ? (
                    (names.get(v.proxyHolderId ?? '') ?? '—')
                  ) : v.attendance === 'represented' ? (
                    <NativeSelect
                      aria-label={`Porteur du pouvoir de ${v.displayName}`}
                      value={v.proxyHolderId ?? ''}
                      onChange={(e) => void change(v.memberId, 'represented', e.currentTarget.value)}
                      data={present.filter((p) => p.memberId !== v.memberId).map((p) => ({ value: p.memberId, label: p.displayName }))}
                    />
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right">{v.proxiesCarried}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}
