import { Stack, Title } from '@mantine/core';
import { accountApi } from '../../api/endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ActiveSessionsTable } from './active-sessions-table.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

/** « Sessions actives »: where the account is open, closing sessions, changing the password. */
export function SessionsPage() {
  const sessions = useApiQuery('account-sessions', () => accountApi.sessions());
  return (
    <>
      <PageHeader
        title="Sessions actives"
        subtitle="Les appareils et navigateurs où votre compte est ouvert. Fermez ceux que vous ne reconnaissez pas, puis changez votre mot de passe."
      />
      <Stack gap="xl">
        <section aria-labelledby="sessions-list-title">
          <Title order={2} size="h3" id="sessions-list-title" mb="sm">
            Vos sessions
          </Title>
          <QueryView query={sessions} loadingLabel="Chargement des sessions…">
            {(data) => <ActiveSessionsTable sessions={data.items} onChanged={sessions.reload} />}
          </QueryView>
        </section>
        <section aria-labelledby="change-password-title">
          <Title order={2} size="h3" id="change-password-title" mb="sm">
            Changer mon mot de passe
          </Title>
          <ChangePasswordForm onChanged={sessions.reload} />
        </section>
      </Stack>
    </>
  );
}
