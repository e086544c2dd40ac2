import type { RegistryImportReport } from '@maillon/contracts';
import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AccessDenied } from '../../components/access-denied.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { formatNumber, plural } from '../../lib/format.ts';
import { isAdmin } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { fileToBase64, type RegistryImportBody, registryApi } from './registry-api.ts';
import { RegistryReportTable } from './registry-report-table.tsx';

type Busy = 'previewing' | 'applying' | null;

/** Counts of a report, as badges. */
function Counts({ report }: { report: RegistryImportReport }) {
  const { counts } = report;
  const done = report.applied;
  return (
    <Group gap="xs" data-testid="registry-counts">
      <Badge variant="light" color="gray">
        {plural(report.linesRead, 'ligne lue', 'lignes lues')}
      </Badge>
      <Badge variant="light" color="green">
        {done ? plural(counts.create, 'créée') : `${formatNumber(counts.create)} à créer`}
      </Badge>
      <Badge variant="light" color="blue">
        {done ? plural(counts.update, 'mise à jour', 'mises à jour') : `${formatNumber(counts.update)} à mettre à jour`}
      </Badge>
      <Badge variant="light" color="gray">
        {plural(counts.unchanged, 'inchangée')}
      </Badge>
      <Badge variant="light" color="red">
        {plural(counts.rejected, 'rejetée')}
      </Badge>
    </Group>
  );
}

/**
 * The ARS loads its region's CPTS registry from a CSV (docs/reference/registry-import.md):
 * upload → preview (nothing written) → confirmation, which applies the file in one transaction.
 */
export function RegistryImportPage() {
  const me = useMe();
  const arsRegions = me.grants.flatMap((g) => (g.role === 'ars' ? [g.regionCode] : []));
  const admin = isAdmin(me);
  const [region, setRegion] = useState<string>(arsRegions[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [body, setBody] = useState<RegistryImportBody | null>(null);
  const [report, setReport] = useState<RegistryImportReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  if (!admin && arsRegions.length === 0) return <AccessDenied />;

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<RegistryImportReport>) => {
    setBusy(kind);
    setError(null);
    try {
      setReport(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const preview = async () => {
    if (!file) return;
    const next = { regionCode: region, fileName: file.name, content: await fileToBase64(file) };
    setBody(next);
    await run('previewing', () => registryApi.preview(next));
  };
  const applicable = report && !report.applied && report.counts.create + report.counts.update > 0;

  return (
    <>
      <PageHeader
        title="Import du registre des CPTS"
        subtitle="Charger les CPTS d'une région depuis un fichier CSV : identité, communes, étapes datées, contrat ACI, missions"
        actions={
          <Button component="a" href={registryApi.templateUrl()} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            Télécharger le modèle CSV
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void preview();
            }}
          >
            <Stack gap="md">
              <Text size="sm">
                Le fichier est d'abord comparé au registre : rien n'est modifié avant votre confirmation. Une CPTS est retrouvée par son
                SIRET, sinon son FINESS, sinon son nom exact dans la région ; une cellule vide ne change rien, et relancer le même fichier
                ne change rien. Séparateur « ; » ou « , », encodage UTF-8 ou Latin-1 détectés automatiquement.
              </Text>
              <Group align="flex-end" gap="md">
                {admin ? <RegionSelect value={region} onChange={setRegion} /> : <Text size="sm">Région {region}</Text>}
                <FileInput
                  label="Fichier du registre (CSV)"
                  placeholder="Choisir un fichier"
                  value={file}
                  onChange={(next) => {
                    setFile(next);
                    setReport(null);
                  }}
                  accept=".csv,.txt"
                  w={320}
                  data-testid="registry-file"
                />
                <Button
                  type="submit"
                  leftSection={<IconUpload size={16} aria-hidden />}
                  loading={busy === 'previewing'}
                  disabled={!file || !region || busy !== null}
                  data-testid="registry-preview"
                >
                  Prévisualiser
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {busy ? (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">
              {busy === 'previewing' ? 'Lecture du fichier et comparaison avec le registre…' : "Application de l'import…"}
            </Text>
            <Progress value={100} animated striped aria-label="Traitement en cours" />
          </Stack>
        ) : null}
        {error ? <ErrorAlert error={error} title="Import refusé" /> : null}
        {report ? (
          <Card withBorder padding="lg">
            <Stack gap="md">
              {report.applied ? (
                <Alert color="green" icon={<IconCheck aria-hidden />} title="Import appliqué" data-testid="registry-applied">
                  Le registre de la région {report.regionCode} est à jour.{' '}
                  <Anchor component={Link} to={`/financement?region=${report.regionCode}`}>
                    Voir le financement ACI de la région
                  </Anchor>
                </Alert>
              ) : null}
              <Counts report={report} />
              {report.ignoredColumns.length ? (
                <Text size="sm">Colonnes ignorées (inconnues du modèle) : {report.ignoredColumns.join(', ')}</Text>
              ) : null}
              <RegistryReportTable report={report} />
              {!report.applied ? (
                <Group>
                  <Button
                    onClick={() => body && void run('applying', () => registryApi.apply(body))}
                    disabled={!applicable || busy !== null}
                    loading={busy === 'applying'}
                    data-testid="registry-apply"
                  >
                    Appliquer l'import
                  </Button>
                  <Button variant="default" onClick={() => setReport(null)} disabled={busy !== null}>
                    Annuler
                  </Button>
                  {report.counts.rejected > 0 ? (
                    <Text size="sm">Les lignes rejetées ne seront pas appliquées ; corrigez-les puis relancez le fichier.</Text>
                  ) : null}
                </Group>
              ) : null}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}
