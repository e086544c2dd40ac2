import { endpoints } from '@maillon/contracts';
import { Button, Divider, Stack } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { urlOf } from '../../api/client.ts';
import { authApi } from '../../api/endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

/**
 * "Se connecter avec Pro Santé Connect": a plain link (full-page navigation) to the API, which
 * redirects to the provider. Hidden when the instance has no OIDC configuration.
 */
export function ProSanteConnectButton() {
  const options = useApiQuery('auth-options', authApi.options);
  if (!options.data?.oidcEnabled) return null;
  return (
    <Stack gap="md" mt="md">
      <Divider label="ou" labelPosition="center" />
      <Button
        component="a"
        href={urlOf(endpoints.oidc.start)}
        variant="outline"
        leftSection={<IconId size={18} aria-hidden />}
        data-testid="psc-login"
      >
        Se connecter avec Pro Santé Connect
      </Button>
    </Stack>
  );
}
