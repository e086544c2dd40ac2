import type { MemberDto } from '@maillon/contracts';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { formatDate, formatEuros, parseEuros, todayIso } from '../../../lib/format.ts';

interface DuesModalProps {
  cptsId: string;
  member: MemberDto | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Marks this year's dues paid (a receipt number is issued) or cancels the payment. */
export function DuesModal({ cptsId, member, onClose, onSaved }: DuesModalProps) {
  const [paidOn, setPaidOn] = useState<string | null>('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setPaidOn(member?.dues.paidOn ?? todayIso());
    setAmount(member ? String(member.dues.amountCents / 100).replace('.', ',') : '');
    setError(null);
  }, [member]);

  async function save(value: string | null) {
    if (!member) return;
    setSaving(true);
    setError(null);
    try {
      const amountCents = parseEuros(amount);
      if (value !== null && amountCents === null) throw new ApiError(422, 'INVALID', 'Montant invalide.', 'amountCents');
      await membersApi.payDues(
        cptsId,
        member.id,
        member.dues.year,
        value === null ? { paidOn: null } : { paidOn: value, amountCents: amountCents ?? 0 },
      );
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!paidOn) {
      setError(new ApiError(422, 'INVALID', paidOn === null ? INVALID_DATE_MESSAGE : 'La date de paiement est obligatoire.', 'paidOn'));
      return;
    }
    void save(paidOn);
  }

  const general = generalError(error, ['paidOn', 'amountCents']);
  const paid = member?.dues.status === 'paid';
  return (
    <AppModal opened={member !== null} onClose={onClose} title={`Cotisation ${member?.dues.year ?? ''} — ${member?.displayName ?? ''}`}>
      <form onSubmit={handleSubmit} noValidate data-testid="dues-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          <Text size="sm">
            {paid
              ? `Réglée le ${formatDate(member?.dues.paidOn)} (${formatEuros(member?.dues.amountCents ?? 0)}), reçu n° ${member?.dues.receiptNumber}.`
              : `Montant du collège : ${formatEuros(member?.dues.amountCents ?? 0)}.`}
          </Text>
          <DateField
            label="Réglée le"
            required
            value={paidOn}
            onChange={setPaidOn}
            error={fieldError(error, 'paidOn')}
            data-testid="dues-paid-on"
          />
          <TextInput
            label="Montant reçu (€)"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={fieldError(error, 'amountCents')}
          />
          <Group justify="space-between">
            {paid ? (
              <Button variant="subtle" color="red" type="button" onClick={() => void save(null)} loading={saving}>
                Annuler le paiement
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" type="button" onClick={onClose}>
                Fermer
              </Button>
              <Button type="submit" loading={saving} data-testid="dues-submit">
                {paid ? 'Mettre à jour' : 'Marquer réglée'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
