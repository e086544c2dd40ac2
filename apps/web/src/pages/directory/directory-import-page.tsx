import type { DirectoryImportKind } from '@maillon/contracts';
import { Alert, Badge, Button, Card, FileInput, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { coordinatedCptsIds, isAdmin } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { directoryApi } from './directory-api.ts';
import { asImportKind, IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS, importScopeLabel, importStatusColor } from './import-kinds.ts';
import { ImportPreview } from './import-preview.tsx';
import { ImportReport } from './import-report.tsx';
import { useDirectoryUpload } from './use-directory-upload.ts';

/**
 * Directory imports: the admin loads national files, a coordination team its territory's RPPS
 * lines. Every file is read into a preview first; nothing changes before "Appliquer l'import".
 */
export function DirectoryImportPage() {
  const me = useMe();
  const admin = isAdmin(me);
  const cptsId = admin ? undefined : coordinatedCptsIds(me)[0];
  const [kind, setKind] = useState<DirectoryImportKind | null>('rpps');
  const [file, setFile] = useState<File | null>(null);
  const recent = useApiQuery('directory-imports', () => directoryApi.recent());
  const upload = useDirectoryUpload(recent.reload);
  const kinds = admin ? Object.entries(IMPORT_KIND_LABELS) : Object.entries(IMPORT_KIND_LABELS).filter(([k]) => k === 'rpps');
  const run = upload.run;

  return (
    <>
      <PageHeader title="Import de l'annuaire" subtitle="Extractions publiques RPPS (Annuaire Santé) et FINESS" />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (file && kind) void upload.start({ kind, file, cptsId });
            }}
          >
            <Stack gap="md">
              <Text size="sm">
                {admin
                  ? "Fichiers nationaux : ils font foi pour l'identité des professionnels, et ce qu'un fichier complet ne liste plus est marqué comme disparu."
                  : "Seules les activités situées sur le territoire de votre CPTS sont ajoutées ou mises à jour ; le reste du fichier est ignoré, l'identité des professionnels connus n'est pas modifiée et rien n'est marqué comme disparu."}{' '}
                Le fichier est d'abord lu et comparé à l'annuaire : rien n'est modifié avant votre confirmation. Encodage UTF-8 ou Latin-1
                détecté automatiquement.
              </Text>
              <Group align="flex-end" gap="md">
                <Select
                  label="Type de fichier"
                  data={kinds.map(([value, label]) => ({ value, label }))}
                  value={kind}
                  onChange={(value) => setKind(asImportKind(value))}
                  allowDeselect={false}
                  w={360}
                  data-testid="import-kind"
                />
                <FileInput
                  label="Fichier"
                  placeholder="Choisir un fichier"
                  value={file}
                  onChange={setFile}
                  accept=".txt,.csv"
                  w={320}
                  data-testid="import-file"
                />
                <Button
                  type="submit"
                  leftSection={<IconUpload size={16} aria-hidden />}
                  loading={upload.busy === 'uploading'}
                  disabled={!file || !kind || upload.busy !== null || run?.status === 'previewed'}
                  data-testid="import-submit"
                >
                  Envoyer et prévisualiser
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {upload.error ? <ErrorAlert error={upload.error} title="Import refusé" /> : null}
        {run ? (
          <Card withBorder padding="lg">
            <Stack gap="lg">
              <ImportReport run={run} />
              {run.status === 'previewed' && run.preview ? (
                <ImportPreview
                  run={{ ...run, preview: run.preview }}
                  busy={upload.busy === 'applying' || upload.busy === 'cancelling' ? upload.busy : null}
                  onApply={() => void upload.apply()}
                  onCancel={() => void upload.cancel()}
                />
              ) : null}
            </Stack>
          </Card>
        ) : null}
        <Stack gap="sm">
          <Title order={2}>Imports récents</Title>
          <QueryView query={recent}>
            {(data) =>
              data.items.length === 0 ? (
                <Alert color="gray">Aucun import pour l'instant.</Alert>
              ) : (
                <Table striped withTableBorder data-testid="recent-imports">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Date</Table.Th>
                      <Table.Th scope="col">Type</Table.Th>
                      <Table.Th scope="col">Fichier</Table.Th>
                      <Table.Th scope="col">Portée</Table.Th>
                      <Table.Th scope="col">État</Table.Th>
                      <Table.Th scope="col">Lignes lues</Table.Th>
                      <Table.Th scope="col">Rejetées</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>{formatDateTime(item.startedAt)}</Table.Td>
                        <Table.Td>{IMPORT_KIND_LABELS[item.kind] ?? item.kind}</Table.Td>
                        <Table.Td>{item.sourceName}</Table.Td>
                        <Table.Td>{importScopeLabel(item)}</Table.Td>
                        <Table.Td>
                          <Badge
                            color={importStatusColor(item.status)}
                            variant="light"
                            tt="none"
                            styles={{ label: { overflow: 'visible' } }}
                            data-testid="recent-status"
                          >
                            {IMPORT_STATUS_LABELS[item.status]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatNumber(item.linesRead)}</Table.Td>
                        <Table.Td>{formatNumber(item.rejectedCount)}</Table.Td>
                        <Table.Td>
                          {item.status === 'previewed' && item.id !== run?.id ? (
                            <Button size="xs" variant="light" onClick={() => upload.show(item)} data-testid="recent-open">
                              Voir l'aperçu
                            </Button>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )
            }
          </QueryView>
        </Stack>
      </Stack>
    </>
  );
}
