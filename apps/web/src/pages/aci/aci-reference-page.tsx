import type { AciReferenceDto } from '@maillon/contracts';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { aciReferenceApi } from './aci-reference-api.ts';
import { type EditTarget, ReferenceEditModal } from './reference-edit-modal.tsx';

type Version = AciReferenceDto['versions'][number];
type Sourced = Version['amounts'][number]['amount'];

const COLORS: Record<string, string> = { confirmed: 'teal', derived: 'blue', reported: 'yellow', unknown: 'red' };

function Value({ value }: { value: Sourced | Version['effectiveFrom'] }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {value.text}
      </Text>
      <Tooltip label={value.source.citation} multiline w={320} withArrow>
        <Badge size="xs" variant="light" color={COLORS[value.status] ?? 'gray'} tt="none">
          {value.statusLabel}
        </Badge>
      </Tooltip>
    </Group>
  );
}

/** The amounts of one version: one row per (item, part), one column per taille. */
function AmountsTable({ version, onEdit }: { version: Version; onEdit: ((target: EditTarget) => void) | null }) {
  const rows = [...new Map(version.amounts.map((a) => [`${a.item}|${a.part}`, a])).values()];
  return (
    <ScrollRegion label={`Montants, ${version.label}`}>
      <Table withTableBorder striped data-testid={`amounts-${version.id}`}>
        <Table.Caption>Montants annuels par taille, avec leur statut (survolez pour la source)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Poste</Table.Th>
            {[1, 2, 3, 4].map((size) => (
              <Table.Th scope="col" key={size}>
                Taille {size}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.item}|${row.part}`}>
              <Table.Th scope="row">
                {row.itemLabel} — {row.partLabel.toLowerCase()}
              </Table.Th>
              {[1, 2, 3, 4].map((size) => {
                const entry = version.amounts.find((a) => a.item === row.item && a.part === row.part && a.sizeCategory === size);
                if (!entry) return <Table.Td key={size}>—</Table.Td>;
                const editable = onEdit && entry.amount.status !== 'confirmed';
                return (
                  <Table.Td key={size}>
                    <Group gap={4} wrap="nowrap">
                      <Value value={entry.amount} />
                      {editable ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`Modifier : ${row.itemLabel}, ${row.partLabel}, taille ${size}`}
                          onClick={() =>
                            onEdit({
                              key: {
                                kind: 'amount',
                                versionId: version.id,
                                sizeCategory: size as 1 | 2 | 3 | 4,
                                item: row.item as never,
                                part: row.part as never,
                              },
                              label: `${version.label} — ${row.itemLabel}, ${row.partLabel.toLowerCase()}, taille ${size}`,
                              cents: entry.amount.value,
                              status: entry.amount.status,
                              source: entry.amount.source,
                            })
                          }
                        >
                          Modifier
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/**
 * « Référentiel ACI »: the dated versions of the accord (ACI 2019, avenant 2), their missions
 * and deadlines, the amounts per taille, each with its source and how sure it is; the platform
 * administration edits the values the texts do not confirm, and every change is listed.
 */
export function AciReferencePage() {
  const query = useApiQuery('aci-reference', aciReferenceApi.get);
  const [target, setTarget] = useState<EditTarget | null>(null);
  return (
    <Stack>
      <PageHeader
        title="Référentiel ACI"
        subtitle="Versions de l'accord conventionnel interprofessionnel : dates d'effet, missions et délais, montants par taille, chaque valeur avec sa source et son statut."
      />
      <QueryView query={query} loadingLabel="Chargement du référentiel…">
        {(data) => (
          <Stack gap="lg">
            {data.versions.map((version) => (
              <Paper withBorder p="md" key={version.id}>
                <Stack gap="md">
                  <Title order={2}>{version.label}</Title>
                  <Group gap="xl">
                    <Group gap={6}>
                      <Text size="sm">Signé le</Text>
                      <Value value={version.signedOn} />
                    </Group>
                    <Group gap={6}>
                      <Text size="sm">En vigueur pour les contrats à partir du</Text>
                      <Value value={version.effectiveFrom} />
                    </Group>
                  </Group>
                  <Table withTableBorder>
                    <Table.Caption>Missions et délais comptés depuis la signature du contrat</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Mission</Table.Th>
                        <Table.Th scope="col">Démarrage</Table.Th>
                        <Table.Th scope="col">Déploiement complet</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {version.missions.map((m) => (
                        <Table.Tr key={m.mission}>
                          <Table.Th scope="row">
                            {m.label}
                            <Text size="xs" c="dimmed">
                              {m.kindLabel}
                            </Text>
                          </Table.Th>
                          <Table.Td>{m.startWithinMonths ? <Value value={m.startWithinMonths} /> : 'fixé par le contrat'}</Table.Td>
                          <Table.Td>{m.deployedWithinMonths ? <Value value={m.deployedWithinMonths} /> : 'fixé par le contrat'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                  <AmountsTable version={version} onEdit={data.editable ? setTarget : null} />
                </Stack>
              </Paper>
            ))}
            <Paper withBorder p="md">
              <Title order={2}>Historique des modifications</Title>
              {data.changes.length === 0 ? (
                <Text size="sm">Aucune modification : les valeurs sont celles du référentiel fourni avec Maillon.</Text>
              ) : (
                <Table withTableBorder striped data-testid="reference-changes">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Date</Table.Th>
                      <Table.Th scope="col">Auteur</Table.Th>
                      <Table.Th scope="col">Valeur</Table.Th>
                      <Table.Th scope="col">Avant</Table.Th>
                      <Table.Th scope="col">Après</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.changes.map((c) => (
                      <Table.Tr key={`${c.changedAt}-${c.what}`}>
                        <Table.Td>{formatDateTime(c.changedAt)}</Table.Td>
                        <Table.Td>{c.authorName ?? '—'}</Table.Td>
                        <Table.Th scope="row">{c.what}</Table.Th>
                        <Table.Td>{c.previous}</Table.Td>
                        <Table.Td>{c.next}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </Stack>
        )}
      </QueryView>
      <ReferenceEditModal
        target={target}
        onClose={() => setTarget(null)}
        onSaved={(reference) => {
          setTarget(null);
          query.setData(reference);
        }}
      />
    </Stack>
  );
}
