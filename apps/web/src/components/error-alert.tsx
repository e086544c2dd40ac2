import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../api/api-error.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, title = 'Une erreur est survenue', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      {errorMessage(error)}
      {onRetry ? (
        <div>
          <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
            Réessayer
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}
