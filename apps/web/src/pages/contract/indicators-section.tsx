import type { ContractDto, IndicatorDto } from '@maillon/contracts';
import { Alert, Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { assessmentApi } from './assessment-api.ts';
import { IndicatorModal } from './indicator-modal.tsx';

/** The indicator lines of a signed contract, their edit modal, and the yearly assessments (bilans) already begun. */
export function IndicatorsSection({ contract, today }: { contract: ContractDto; today: string }) {
  const view = useApiQuery(`indicators|${contract.id}`, () => assessmentApi.indicators(contract.id));
  const [editing, setEditing] = useState<IndicatorDto | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const years = contract.years.filter((y) => y.startsOn <= today);

  async function act(work: () => Promise<Parameters<typeof view.setData>[0]>) {
    setBusy(true);
    setError(null);
    try {
      view.setData(await work());
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Title order={3}>Indicateurs de la part variable</Title>
      <QueryView query={view} loadingLabel="Chargement des indicateurs…" notFoundMessage="Contrat introuvable">
        {(data) => (
          <Stack gap="sm">
            {error ? <ErrorAlert error={error} title="Modification refusée" /> : null}
            {data.items.length === 0 ? (
              <Alert color="gray">Aucun indicateur au contrat : ajoutez les lignes négociées avec la CPAM et l’ARS.</Alert>
            ) : (
              <ScrollRegion label="Indicateurs du contrat">
                <Table withTableBorder striped data-testid="indicators-table">
                  <Table.Caption>
                    Chaque ligne paie son meilleur palier atteint ; la somme est plafonnée par l'enveloppe variable de la mission.
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Indicateur</Table.Th>
                      <Table.Th scope="col">Mission</Table.Th>
                      <Table.Th scope="col">Départ</Table.Th>
                      <Table.Th scope="col">Paliers</Table.Th>
                      <Table.Th scope="col">Source</Table.Th>
                      <Table.Th scope="col">Justificatifs attendus</Table.Th>
                      {data.permissions.edit ? <Table.Th scope="col">Actions</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((line) => (
                      <Table.Tr key={line.id} data-testid="indicator-row">
                        <Table.Th scope="row" fw={500}>
                          {line.label}
                          <Text size="xs" c="dimmed">
                            {line.unit} · {line.directionLabel} · code {line.id}
                          </Text>
                        </Table.Th>
                        <Table.Td>{line.missionLabel}</Table.Td>
                        <Table.Td>{line.baselineText}</Table.Td>
                        <Table.Td>
                          <List size="xs">
                            {line.tiers.map((tier) => (
                              <List.Item key={tier.threshold}>{tier.text}</List.Item>
                            ))}
                          </List>
                        </Table.Td>
                        <Table.Td>{line.metricLabel ? `${line.dataSource} : ${line.metricLabel}` : line.dataSource}</Table.Td>
                        <Table.Td>
                          <Text size="xs">{line.evidence.join(' ; ') || '—'}</Text>
                        </Table.Td>
                        {data.permissions.edit ? (
                          <Table.Td>
                            {line.locked ? (
                              <Text size="xs">Utilisé par une évaluation close : plus modifiable</Text>
                            ) : (
                              <Group gap={4} wrap="nowrap">
                                <Button
                                  size="compact-xs"
                                  variant="light"
                                  onClick={() => setEditing(line)}
                                  aria-label={`Modifier « ${line.label} »`}
                                >
                                  Modifier
                                </Button>
                                <Button
                                  size="compact-xs"
                                  variant="default"
                                  c="red.9"
                                  loading={busy}
                                  aria-label={`Retirer « ${line.label} »`}
                                  onClick={() => {
                                    if (window.confirm(`Retirer l’indicateur « ${line.label} » du contrat ?`)) {
                                      void act(() => assessmentApi.removeIndicator(contract.id, line.id));
                                    }
                                  }}
                                >
                                  Retirer
                                </Button>
                              </Group>
                            )}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            )}
            {data.permissions.edit ? (
              <Group gap="xs">
                <Button variant="light" onClick={() => setEditing(null)} data-testid="indicator-add">
                  Ajouter un indicateur
                </Button>
                {data.defaultsAvailable > 0 ? (
                  <Button
                    variant="subtle"
                    loading={busy}
                    onClick={() => void act(() => assessmentApi.proposeDefaults(contract.id))}
                    data-testid="indicator-defaults"
                  >
                    Ajouter les {data.defaultsAvailable} lignes types de l’ACI (exemples d’un contrat de taille 3, à adapter)
                  </Button>
                ) : null}
              </Group>
            ) : null}
            <IndicatorModal
              contractId={contract.id}
              view={data}
              editing={editing}
              onClose={() => setEditing(undefined)}
              onSaved={(next) => {
                setEditing(undefined);
                view.setData(next);
              }}
            />
          </Stack>
        )}
      </QueryView>
      {years.length ? (
        <Group gap="md" data-testid="assessment-links">
          <Text size="sm" fw={600}>
            Bilans annuels :
          </Text>
          {years.map((y) => (
            <Anchor key={y.year} component={Link} to={`/cpts/${contract.cptsId}/contrat/bilan/${y.year}?contrat=${contract.id}`} size="sm">
              Année {y.year} ({formatDate(y.startsOn)} – {formatDate(y.endsOn)})
            </Anchor>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
