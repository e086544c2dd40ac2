import { Alert, Button, Checkbox, Group, Paper, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { accountApi } from '../../api/endpoints.ts';
import { plural } from '../../lib/format.ts';
import { useMe } from '../../session/use-session.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** « Changer mon mot de passe »: the current one, the new one twice, « fermer mes autres sessions » checked. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const me = useMe();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [closeOtherSessions, setCloseOtherSessions] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (!me.hasPassword) {
    return (
      <Alert color="blue" role="status" title="Connexion par Pro Santé Connect">
        Votre compte se connecte par Pro Santé Connect et n’a pas de mot de passe Maillon : il n’y a pas de mot de passe à changer ici.
      </Alert>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (newPassword !== confirmPassword) {
      setError(new ApiError(422, 'INVALID', 'Les deux saisies du nouveau mot de passe ne correspondent pas.', 'confirmPassword'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const { closedSessions } = await accountApi.changePassword({ currentPassword, newPassword, closeOtherSessions });
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
      setDone(
        closedSessions > 0
          ? `Mot de passe changé ; ${plural(closedSessions, 'autre session fermée', 'autres sessions fermées')}.`
          : 'Mot de passe changé.',
      );
      onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <Paper withBorder p="lg" radius="md" maw={520}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Changement impossible">
              {general}
            </Alert>
          ) : null}
          {done ? (
            <Alert color="green" role="status">
              {done}
            </Alert>
          ) : null}
          <PasswordInput
            label="Mot de passe actuel"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={fieldError(error, 'currentPassword')}
          />
          <PasswordInput
            label="Nouveau mot de passe"
            description="Au moins 12 caractères, différent de l’actuel. Une phrase de passe est plus facile à retenir."
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={fieldError(error, 'newPassword')}
          />
          <PasswordInput
            label="Confirmer le nouveau mot de passe"
            autoComplete="new-password"
            required
            value={confirmPassword}
            onChange={(event) => setConfirmPassword(event.currentTarget.value)}
            error={fieldError(error, 'confirmPassword')}
          />
          <Checkbox
            label="Fermer mes autres sessions"
            description="Recommandé si vous changez de mot de passe parce qu’il a pu être connu d’un tiers."
            checked={closeOtherSessions}
            onChange={(event) => setCloseOtherSessions(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Changer mon mot de passe
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
