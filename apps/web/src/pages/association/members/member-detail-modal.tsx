import type { CategoryDto, MemberDetailDto } from '@maillon/contracts';
import { DUES_STATUS_LABELS } from '@maillon/domain';
import { Alert, Anchor, Button, Group, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { formatDate, formatDateTime, formatEuros } from '../../../lib/format.ts';

interface MemberDetailModalProps {
  cptsId: string;
  memberId: string | null;
  categories: CategoryDto[];
  onClose: () => void;
  onSaved: () => void;
}

/** A member's record: college and contact (editable), history, dues of every year, mandates. */
export function MemberDetailModal({ cptsId, memberId, categories, onClose, onSaved }: MemberDetailModalProps) {
  const detail = useApiQuery(memberId ? `member|${cptsId}|${memberId}` : null, () => membersApi.get(cptsId, memberId ?? ''));
  return (
    <AppModal opened={memberId !== null} onClose={onClose} title={detail.data?.displayName ?? 'Fiche adhérent'} size="lg">
      <QueryView query={detail} loadingLabel="Chargement de la fiche…">
        {(member) => <MemberRecord cptsId={cptsId} member={member} categories={categories} onSaved={onSaved} />}
      </QueryView>
    </AppModal>
  );
}

function MemberRecord({
  cptsId,
  member,
  categories,
  onSaved,
}: {
  cptsId: string;
  member: MemberDetailDto;
  categories: CategoryDto[];
  onSaved: () => void;
}) {
  const [categoryId, setCategoryId] = useState(member.category?.id ?? '');
  const [email, setEmail] = useState(member.contactEmail ?? '');
  const [phone, setPhone] = useState(member.contactPhone ?? '');
  const [error, setError] = useState<unknown>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await membersApi.update(cptsId, member.id, {
        ...(categoryId ? { categoryId } : {}),
        contactEmail: email.trim(),
        contactPhone: phone.trim(),
      });
      onSaved();
    } catch (cause) {
      setError(cause);
    }
  }

  const general = generalError(error, ['categoryId', 'contactEmail', 'contactPhone']);
  return (
    <Stack gap="md">
      <Text size="sm">
        {member.typeLabel}
        {member.idNatPs ? ` · RPPS ${member.idNatPs}` : ''}
        {member.finessSite ? ` · FINESS ${member.finessSite}` : ''} · {member.statusLabel}
      </Text>
      <form onSubmit={handleSubmit} noValidate>
        {general ? (
          <Alert color="red" role="alert" mb="sm">
            {general}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Collège"
            value={categoryId}
            onChange={(e) => setCategoryId(e.currentTarget.value)}
            data={[...(member.category ? [] : [{ value: '', label: '—' }]), ...categories.map((c) => ({ value: c.id, label: c.name }))]}
            error={fieldError(error, 'categoryId')}
          />
          <TextInput
            label="E-mail"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(error, 'contactEmail')}
          />
          <TextInput
            label="Téléphone"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={fieldError(error, 'contactPhone')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" size="sm">
            Enregistrer
          </Button>
        </Group>
      </form>
      <Title order={3} size="h4">
        Historique
      </Title>
      <List size="sm" spacing={4}>
        {member.history.map((h) => (
          <List.Item key={`${h.event}-${h.occurredAt}`}>
            {formatDateTime(h.occurredAt)} — {h.label}
            {h.comment ? ` (${h.comment})` : ''}
          </List.Item>
        ))}
      </List>
      <Title order={3} size="h4">
        Cotisations
      </Title>
      {member.duesByYear.length === 0 ? (
        <Text size="sm">Aucune cotisation enregistrée.</Text>
      ) : (
        <List size="sm" spacing={4}>
          {member.duesByYear.map((d) => (
            <List.Item key={d.year}>
              {d.year} : {DUES_STATUS_LABELS[d.status]} ({formatEuros(d.amountCents)}){d.paidOn ? ` le ${formatDate(d.paidOn)}` : ''}
              {d.receiptNumber && d.status === 'paid' ? (
                <>
                  {' · '}
                  <Anchor href={membersApi.receiptUrl(cptsId, member.id, d.year)} download size="sm">
                    reçu {d.receiptNumber} (PDF)
                  </Anchor>
                </>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h4">
        Mandats
      </Title>
      {member.mandates.length === 0 ? (
        <Text size="sm">Aucun mandat.</Text>
      ) : (
        <List size="sm" spacing={4}>
          {member.mandates.map((m) => (
            <List.Item key={`${m.bodyName}-${m.startOn}`}>
              {m.roleLabel}, {m.bodyName} : du {formatDate(m.startOn)} {m.endOn ? `au ${formatDate(m.endOn)}` : '(en cours)'}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
