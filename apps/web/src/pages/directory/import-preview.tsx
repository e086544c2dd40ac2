import type { ImportRunDto } from '@maillon/contracts';
import { IMPORT_ENTITY_LABELS, importChangeTotal } from '@maillon/domain';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { AppModal } from '../../components/app-modal.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';

interface ImportPreviewProps {
  run: ImportRunDto & { preview: NonNullable<ImportRunDto['preview']> };
  busy: 'applying' | 'cancelling' | null;
  onApply: () => void;
  onCancel: () => void;
}

/**
 * What applying the file would change, before anything is: rows added, really changed,
 * unchanged, kept as they are (no authority) and, for a national file, marked gone. Applying
 * asks for confirmation (a national file can mark thousands of rows gone).
 */
export function ImportPreview({ run, busy, onApply, onCancel }: ImportPreviewProps) {
  const [confirming, setConfirming] = useState(false);
  const { preview } = run;
  const totals = importChangeTotal(preview.entities);
  const national = preview.scope === 'national';
  return (
    <Stack gap="md" data-testid="import-preview">
      <Title order={2} size="h3">
        Aperçu de l'import — rien n'est encore modifié
      </Title>
      <Text size="sm">
        {national
          ? "Fichier national : il fait foi pour l'identité des professionnels, et ce qu'il ne liste plus sera marqué comme disparu."
          : `Territoire de ${run.scopeName ?? 'votre CPTS'} : seules les activités situées sur ce territoire sont ajoutées ou mises à jour ; l'identité des professionnels déjà connus n'est pas modifiée et rien n'est marqué comme disparu.`}
      </Text>
      <Table withTableBorder striped data-testid="import-preview-table">
        <Table.Caption>Lignes de l'annuaire concernées</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lignes</Table.Th>
            <Table.Th scope="col">À ajouter</Table.Th>
            <Table.Th scope="col">À modifier</Table.Th>
            <Table.Th scope="col">Inchangées</Table.Th>
            <Table.Th scope="col">Conservées telles quelles</Table.Th>
            {national ? <Table.Th scope="col">À marquer disparues</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.entities.map((e) => (
            <Table.Tr key={e.entity} data-testid={`preview-${e.entity}`}>
              <Table.Th scope="row">{IMPORT_ENTITY_LABELS[e.entity]}</Table.Th>
              <Table.Td data-testid="preview-added">{formatNumber(e.added)}</Table.Td>
              <Table.Td data-testid="preview-updated">{formatNumber(e.updated)}</Table.Td>
              <Table.Td>{formatNumber(e.unchanged)}</Table.Td>
              <Table.Td>{formatNumber(e.kept)}</Table.Td>
              {national ? <Table.Td data-testid="preview-gone">{formatNumber(e.gone)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.entities.some((e) => e.kept > 0) ? (
        <Text size="sm" c="dimmed">
          « Conservées telles quelles » : lignes que ce fichier décrit autrement, mais qu'il n'a pas autorité à modifier (identité d'un
          professionnel connu du fichier national, activité située hors du territoire).
        </Text>
      ) : null}
      {totals.gone > 0 ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title="Des lignes de l'annuaire seront marquées comme disparues"
          data-testid="import-gone-warning"
        >
          Absents de ce fichier, et donc marqués comme disparus si vous l'appliquez :{' '}
          {preview.entities
            .filter((e) => e.gone > 0)
            .map((e) => `${formatNumber(e.gone)} ${IMPORT_ENTITY_LABELS[e.entity].toLowerCase()}`)
            .join(' ; ')}
          . Ils ne seront plus comptés dans les diagnostics ni dans les taux d'adhésion. Vérifiez que le fichier est complet.
        </Alert>
      ) : null}
      {run.expiresAt ? (
        <Text size="sm" c="dimmed">
          Cet aperçu peut être appliqué jusqu'au {formatDateTime(run.expiresAt)} ; ensuite il faudra renvoyer le fichier.
        </Text>
      ) : null}
      <Group>
        <Button
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={() => setConfirming(true)}
          data-testid="import-apply"
          disabled={busy !== null}
        >
          Appliquer l'import
        </Button>
        <Button
          variant="default"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={onCancel}
          loading={busy === 'cancelling'}
          disabled={busy === 'applying'}
          data-testid="import-cancel"
        >
          Abandonner
        </Button>
      </Group>
      <AppModal opened={confirming} onClose={() => setConfirming(false)} title="Appliquer l'import ?">
        <Stack gap="md">
          <Text>
            {formatNumber(totals.added)} ajout{totals.added > 1 ? 's' : ''}, {formatNumber(totals.updated)} modification
            {totals.updated > 1 ? 's' : ''}
            {national
              ? ` et ${formatNumber(totals.gone)} ligne${totals.gone > 1 ? 's' : ''} marquée${totals.gone > 1 ? 's' : ''} disparue${totals.gone > 1 ? 's' : ''}`
              : ''}{' '}
            seront appliqués à l'annuaire en une fois.
          </Text>
          {national && totals.gone > 0 ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
              Les lignes marquées disparues ne réapparaîtront qu'avec un nouveau fichier national qui les liste.
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
            <Button
              color={national && totals.gone > 0 ? 'red.9' : 'blue'}
              loading={busy === 'applying'}
              onClick={() => {
                setConfirming(false);
                onApply();
              }}
              data-testid="import-apply-confirm"
            >
              Appliquer
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}
