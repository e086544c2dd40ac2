import type { BodyDto, MandateRoleDto, MemberDto } from '@maillon/contracts';
import { MANDATE_ROLE_LABELS } from '@maillon/domain';
import { Alert, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { governanceApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { todayIso } from '../../../lib/format.ts';

export interface MandateTarget {
  body: BodyDto;
  /** null: a new mandate in the body. */
  mandate: BodyDto['mandates'][number] | null;
}

interface MandateModalProps {
  cptsId: string;
  target: MandateTarget | null;
  members: MemberDto[];
  onClose: () => void;
  onSaved: (items: BodyDto[]) => void;
}

/** Seats a member (role and dates) or changes a mandate, e.g. ends it. */
export function MandateModal({ cptsId, target, members, onClose, onSaved }: MandateModalProps) {
  const mandate = target?.mandate ?? null;
  const eligible = members.filter((m) => !target?.body.votingSeatsOnly || m.category?.voting);
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState<MandateRoleDto>('member');
  const [startOn, setStartOn] = useState<string | null>('');
  const [endOn, setEndOn] = useState<string | null>('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setMemberId(mandate?.memberId ?? '');
    setRole(mandate?.role ?? target?.body.roles.at(-1) ?? 'member');
    setStartOn(mandate?.startOn ?? todayIso());
    setEndOn(mandate?.endOn ?? '');
    setError(null);
  }, [mandate, target]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    const chosen = memberId || eligible[0]?.id || '';
    if (!startOn || endOn === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, !startOn ? 'startOn' : 'endOn'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = mandate
        ? await governanceApi.updateMandate(cptsId, mandate.id, { role, startOn, endOn: endOn || null })
        : await governanceApi.addMandate(cptsId, target.body.id, { memberId: chosen, role, startOn, endOn: endOn || null });
      onSaved(result.items);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['memberId', 'role', 'startOn', 'endOn']);
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={`${mandate ? 'Modifier le mandat' : 'Nouveau mandat'} — ${target?.body.name ?? ''}`}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          {mandate ? (
            <TextInput label="Adhérent" value={mandate.memberName} readOnly />
          ) : (
            <NativeSelect
              label="Adhérent"
              description={target?.body.votingSeatsOnly ? 'Adhérents des collèges avec droit de vote' : 'Adhérents actifs'}
              value={memberId || eligible[0]?.id || ''}
              onChange={(e) => setMemberId(e.currentTarget.value)}
              data={eligible.map((m) => ({ value: m.id, label: m.displayName }))}
              error={fieldError(error, 'memberId')}
            />
          )}
          <NativeSelect
            label="Rôle"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as MandateRoleDto)}
            data={(target?.body.roles ?? []).map((r) => ({ value: r, label: MANDATE_ROLE_LABELS[r] }))}
            error={fieldError(error, 'role')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Début du mandat" required value={startOn} onChange={setStartOn} error={fieldError(error, 'startOn')} />
            <DateField label="Fin du mandat (facultatif)" value={endOn} onChange={setEndOn} error={fieldError(error, 'endOn')} />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </AppModal>
  );
}
