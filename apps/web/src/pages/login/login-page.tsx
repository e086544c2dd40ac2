import { Alert, Button, Checkbox, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, fieldError, isApiError } from '../../api/api-error.ts';
import { homePath } from '../../session/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { DemoAccounts } from './demo-accounts.tsx';
import { oidcErrorMessage } from './oidc-errors.ts';
import { ProSanteConnectButton } from './pro-sante-connect-button.tsx';

function loginErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 401 && !error.field) {
    return error.message || 'Adresse e-mail ou mot de passe incorrect.';
  }
  return errorMessage(error);
}

export function LoginPage() {
  useDocumentTitle('Connexion · Maillon');
  const { me, demo, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [closeOtherSessions, setCloseOtherSessions] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [searchParams] = useSearchParams();
  // Set by the Pro Santé Connect callback when it refused the login.
  const oidcError = oidcErrorMessage(searchParams.get('erreur'));

  if (me && !submitting) return <Navigate to={homePath(me)} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    try {
      const session = await login(email.trim(), password, { closeOtherSessions });
      navigate(from && from !== '/' ? from : homePath(session), { replace: true });
    } catch (cause) {
      setError(cause);
      setSubmitting(false);
    }
  }

  const emailError = fieldError(error, 'email');
  const passwordError = fieldError(error, 'password');
  const general = error && !emailError && !passwordError ? loginErrorMessage(error) : !error ? oidcError : null;

  return (
    <Stack maw={420} mx="auto" mt="xl" gap="lg">
      <Title order={1}>Connexion</Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            {general ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title="Connexion impossible">
                {general}
              </Alert>
            ) : null}
            <TextInput
              label="Adresse e-mail"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              data-testid="login-email"
            />
            <PasswordInput
              label="Mot de passe"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordError}
              data-testid="login-password"
            />
            <Checkbox
              label="Fermer mes autres sessions"
              description="Déconnecte les autres appareils et navigateurs ouverts sur ce compte."
              checked={closeOtherSessions}
              onChange={(event) => setCloseOtherSessions(event.currentTarget.checked)}
              data-testid="login-close-others"
            />
            <Button type="submit" loading={submitting} data-testid="login-submit">
              Se connecter
            </Button>
          </Stack>
        </form>
        <ProSanteConnectButton />
      </Paper>
      {demo ? <DemoAccounts /> : null}
    </Stack>
  );
}
