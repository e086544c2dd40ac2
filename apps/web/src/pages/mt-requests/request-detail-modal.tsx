import { type ClientOutput, endpoints, TEAM_ACTIONS } from '@maillon/contracts';
import { REQUEST_STATUS_LABELS } from '@maillon/domain';
import { Alert, Anchor, Badge, Button, Divider, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { urlOf } from '../../api/client.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LoadingBlock } from '../../components/loading-block.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { mtApi } from './mt-api.ts';
import { LOSS_REASON_LABELS, SOURCE_LABELS } from './mt-labels.ts';
import { RequestFields, type RequestFieldsValue, requestBody } from './request-fields.tsx';

type Detail = ClientOutput<typeof endpoints.mtRequests.get>;
type TeamAction = (typeof TEAM_ACTIONS)[number];

const ACTION_LABELS: Record<TeamAction, string> = {
  withdraw: 'Retirer la demande',
  reopen: 'Rouvrir (ancienneté conservée)',
  expire: 'Marquer expirée',
  requeue: 'Remettre en file',
};

const toForm = (d: Detail): RequestFieldsValue => ({
  lastName: d.lastName,
  firstName: d.firstName,
  birthDate: d.birthDate,
  unitCode: d.unitCode,
  email: d.email ?? '',
  phone: d.phone ?? '',
  ald: d.ald,
  c2s: d.c2s,
  ame: d.ame,
  frailty: d.frailty,
  pregnancy: d.pregnancy,
  lostGp: d.gpLostOn !== null || d.gpLossReason !== null,
  gpLostOn: d.gpLostOn ?? '',
  gpLossReason: d.gpLossReason,
  homeVisits: d.homeVisits,
  accessibilityNeeds: d.accessibilityNeeds ?? '',
});

const yes = (v: boolean) => (v ? 'oui' : 'non');

interface Props {
  cptsId: string;
  requestId: string;
  communes: { code: string; name: string }[];
  onClose: () => void;
  onChanged: () => void;
  onOpen: (requestId: string) => void;
}

function Body({
  d,
  cptsId,
  communes,
  onUpdated,
  onErased,
  onOpen,
}: {
  d: Detail;
  cptsId: string;
  communes: Props['communes'];
  onUpdated: (d: Detail) => void;
  onErased: () => void;
  onOpen: (id: string) => void;
}) {
  const [editing, setEditing] = useState<RequestFieldsValue | null>(null);
  const [note, setNote] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<Detail | undefined>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (next) onUpdated(next);
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const params = { params: { id: cptsId, requestId: d.id } };
  if (editing) {
    const save = async (event: FormEvent) => {
      event.preventDefault();
      if (await run(() => mtApi.update(cptsId, d.id, requestBody(editing)))) setEditing(null);
    };
    return (
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <RequestFields value={editing} onChange={setEditing} communes={communes} error={error} forTeam />
          {error ? <ErrorAlert error={error} /> : null}
          <FormActions onCancel={() => setEditing(null)} saving={busy} />
        </Stack>
      </form>
    );
  }
  const teamActions = d.allowedActions.filter((a): a is TeamAction => (TEAM_ACTIONS as readonly string[]).includes(a));
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" tt="none">
          {REQUEST_STATUS_LABELS[d.status]}
        </Badge>
        <Badge variant="outline" tt="none">
          {SOURCE_LABELS[d.source]}
        </Badge>
        {d.isDemo ? (
          <Badge color="orange" tt="none">
            Donnée de démonstration
          </Badge>
        ) : null}
      </Group>
      <Alert color="blue" variant="light" title={d.priority.groupLabel}>
        {d.priority.explanation}
      </Alert>
      <List size="sm" spacing={2}>
        <List.Item>
          Née ou né le {formatDate(d.birthDate)} · {d.unitName}
        </List.Item>
        <List.Item>
          E-mail : {d.email ?? '—'} · Téléphone : {d.phone ?? '—'}
        </List.Item>
        <List.Item>
          ALD : {yes(d.ald)} · C2S : {yes(d.c2s)} · AME : {yes(d.ame)} · Fragilité : {yes(d.frailty)} · Grossesse : {yes(d.pregnancy)}
        </List.Item>
        <List.Item>
          Médecin traitant perdu : {d.gpLostOn ? formatDate(d.gpLostOn) : '—'}
          {d.gpLossReason ? ` (${LOSS_REASON_LABELS[d.gpLossReason].toLowerCase()})` : ''}
        </List.Item>
        <List.Item>
          Visites à domicile : {yes(d.homeVisits)} · Accessibilité : {d.accessibilityNeeds ?? '—'}
        </List.Item>
        <List.Item>
          Déposée le {formatDate(d.requestedOn)}
          {d.closedOn ? ` · close le ${formatDate(d.closedOn)}` : ''}
          {d.consentedAt ? ` · consentement le ${formatDateTime(d.consentedAt)}` : ''}
        </List.Item>
      </List>
      {error ? <ErrorAlert error={error} /> : null}
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => setEditing(toForm(d))}>
          Modifier
        </Button>
        {teamActions.map((a) => (
          <Button key={a} size="xs" variant="default" loading={busy} onClick={() => run(() => mtApi.act(cptsId, d.id, { action: a }))}>
            {ACTION_LABELS[a]}
          </Button>
        ))}
        <Anchor size="sm" href={urlOf(endpoints.mtRequests.exportJson, params)} download>
          Export JSON
        </Anchor>
        <Anchor size="sm" href={urlOf(endpoints.mtRequests.exportPdf, params)} download>
          Export PDF
        </Anchor>
      </Group>
      {d.duplicates.length > 0 ? (
        <>
          <Title order={3} size="h5">
            Doublons possibles (même nom, date de naissance et commune)
          </Title>
          <List size="sm">
            {d.duplicates.map((dup) => (
              <List.Item key={dup.id}>
                <Anchor component="button" type="button" size="sm" onClick={() => onOpen(dup.id)}>
                  {dup.number}
                </Anchor>{' '}
                ({SOURCE_LABELS[dup.source]}, {REQUEST_STATUS_LABELS[dup.status]}, déposée le {formatDate(dup.requestedOn)}){' '}
                <Button size="compact-xs" variant="light" onClick={() => run(() => mtApi.merge(cptsId, d.id, dup.id))}>
                  Fusionner dans cette demande
                </Button>
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
      <Divider />
      <Title order={3} size="h5">
        Notes
      </Title>
      {d.notes.length === 0 ? <Text size="sm">Aucune note.</Text> : null}
      {d.notes.map((n) => (
        <Text size="sm" key={n.id}>
          <strong>{formatDateTime(n.createdAt)}</strong> {n.authorName ? `(${n.authorName})` : ''} : {n.body}
        </Text>
      ))}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => mtApi.addNote(cptsId, d.id, note))) setNote('');
        }}
      >
        <Group align="flex-end">
          <Textarea
            label="Nouvelle note"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={1}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default" disabled={note.trim() === ''}>
            Ajouter
          </Button>
        </Group>
      </form>
      <Title order={3} size="h5">
        Historique
      </Title>
      <List size="sm">
        {d.history.map((h) => (
          <List.Item key={h.id}>
            {formatDateTime(h.at)} — {h.detail ?? (h.toStatus ? REQUEST_STATUS_LABELS[h.toStatus] : h.kind)}
            {h.toStatus && h.detail ? ` (${REQUEST_STATUS_LABELS[h.toStatus]})` : ''}
            {h.actorName ? ` · ${h.actorName}` : ''}
          </List.Item>
        ))}
      </List>
      <Divider />
      <Title order={3} size="h5">
        Effacer la demande (droit à l'effacement)
      </Title>
      <Group align="flex-end">
        <TextInput
          label={`Recopiez le numéro ${d.number} pour confirmer`}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          maxLength={30}
          autoComplete="off"
          style={{ flex: 1 }}
        />
        <Button
          color="red"
          disabled={confirm.trim() === ''}
          onClick={async () => {
            const erased = await run(async () => {
              await mtApi.erase(cptsId, d.id, confirm);
              return undefined;
            });
            if (erased) onErased();
          }}
        >
          Effacer définitivement
        </Button>
      </Group>
    </Stack>
  );
}

/** One request: identity, situation, priority in plain words, actions, duplicates, notes, history. */
export function RequestDetailModal({ cptsId, requestId, communes, onClose, onChanged, onOpen }: Props) {
  const detail = useApiQuery(`mt-request|${cptsId}|${requestId}`, () => mtApi.get(cptsId, requestId));
  const title = detail.data ? `${detail.data.lastName} ${detail.data.firstName} · ${detail.data.number}` : 'Demande';
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      {detail.error ? (
        <ErrorAlert error={detail.error} />
      ) : detail.data ? (
        <Body
          d={detail.data}
          cptsId={cptsId}
          communes={communes}
          onOpen={onOpen}
          onUpdated={(d) => {
            detail.setData(d);
            onChanged();
          }}
          onErased={() => {
            onChanged();
            onClose();
          }}
        />
      ) : (
        <LoadingBlock />
      )}
    </AppModal>
  );
}
