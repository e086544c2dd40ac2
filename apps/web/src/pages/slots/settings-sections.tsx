import type { MySlotsDto, QuotasDto } from '@maillon/contracts';
import { formatDateTime, SLOT_CHANNELS } from '@maillon/domain';
import { Button, CopyButton, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ConfirmModal } from './confirm-modal.tsx';
import { SLOT_CHANNEL_LABELS } from './slot-labels.ts';
import { slotsApi } from './slots-api.ts';

/** Bookings allowed per week and channel, for one CPTS (empty: no limit). */
export function QuotasForm({ cpts, onSaved }: { cpts: MySlotsDto['cpts'][number]; onSaved: (message: string) => void }) {
  const [values, setValues] = useState<Record<string, string | number>>(
    Object.fromEntries(SLOT_CHANNELS.map((c) => [c, cpts.quotas[c] ?? ''])),
  );
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const quotas = Object.fromEntries(SLOT_CHANNELS.map((c) => [c, values[c] === '' ? null : Number(values[c])])) as QuotasDto;
      await slotsApi.setQuotas(cpts.id, quotas);
      onSaved('Quotas enregistrés.');
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`quotas-${cpts.id}`}>
      <Title order={2} id={`quotas-${cpts.id}`} mb="xs">
        Quotas par semaine ({cpts.name})
      </Title>
      <Text size="sm" mb="sm">
        Nombre maximal de rendez-vous pris par semaine sur chaque canal. Une fois atteint, vos autres créneaux de la semaine ne sont plus
        proposés sur ce canal. Laissez vide pour ne pas limiter.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {SLOT_CHANNELS.map((c) => (
          <NumberInput
            key={c}
            label={SLOT_CHANNEL_LABELS[c]}
            min={0}
            max={500}
            value={values[c]}
            onChange={(v) => setValues({ ...values, [c]: v })}
          />
        ))}
      </SimpleGrid>
      {error ? <ErrorAlert error={error} title="Quotas refusés" /> : null}
      <Button mt="sm" onClick={() => void save()} loading={saving}>
        Enregistrer les quotas
      </Button>
    </Paper>
  );
}

/** The secret iCal address: created (shown once), copied, revoked after confirmation. */
export function FeedSection() {
  const status = useApiQuery('slots-feed', slotsApi.feed);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    setError(null);
    try {
      const created = await slotsApi.createFeed();
      setUrl(`${window.location.origin}${created.path}`);
      status.reload();
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async () => {
    setError(null);
    try {
      await slotsApi.revokeFeed();
      setUrl(null);
      setConfirming(false);
      status.reload();
    } catch (e) {
      setError(e);
    }
  };
  const active = status.data?.active ?? false;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="feed-title" data-testid="feed-section">
      <Title order={2} id="feed-title" mb="xs">
        Mon agenda dans mon calendrier (iCal)
      </Title>
      <Text size="sm" mb="sm">
        Une adresse secrète à ajouter à votre application de calendrier. Elle montre vos créneaux et s’ils sont réservés, jamais l’identité
        des patients. Gardez-la pour vous ; vous pouvez la révoquer à tout moment.
      </Text>
      <Stack gap="sm">
        {active && status.data?.createdAt ? (
          <Text size="sm">
            Adresse active créée le {formatDateTime(status.data.createdAt)}
            {status.data.lastReadAt ? `, lue pour la dernière fois le ${formatDateTime(status.data.lastReadAt)}` : ''}.
          </Text>
        ) : (
          <Text size="sm">Aucune adresse active.</Text>
        )}
        {url ? (
          <Group align="end">
            <TextInput label="Adresse du flux (affichée une seule fois)" value={url} readOnly style={{ flex: 1 }} data-testid="feed-url" />
            <CopyButton value={url}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copiée' : 'Copier l’adresse'}</Button>}
            </CopyButton>
          </Group>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <Group>
          <Button variant="light" onClick={() => void create()} data-testid="feed-create">
            {active ? 'Créer une nouvelle adresse (l’ancienne cesse de fonctionner)' : 'Créer mon adresse iCal'}
          </Button>
          {active ? (
            <Button color="red" variant="light" onClick={() => setConfirming(true)} data-testid="feed-revoke">
              Révoquer l’adresse
            </Button>
          ) : null}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title="Révoquer l’adresse iCal"
        confirmLabel="Révoquer"
        onConfirm={() => void revoke()}
        onClose={() => setConfirming(false)}
      >
        Les calendriers abonnés à cette adresse ne recevront plus vos créneaux, immédiatement.
      </ConfirmModal>
    </Paper>
  );
}
