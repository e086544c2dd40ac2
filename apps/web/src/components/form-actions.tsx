import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  onCancel: () => void;
  saving: boolean;
  submitLabel?: string;
  submitTestId?: string;
}

/** The footer of every form: "Annuler" closes without saving, the submit button shows progress. */
export function FormActions({ onCancel, saving, submitLabel = 'Enregistrer', submitTestId }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" type="button" onClick={onCancel}>
        Annuler
      </Button>
      <Button type="submit" loading={saving} {...(submitTestId ? { 'data-testid': submitTestId } : {})}>
        {submitLabel}
      </Button>
    </Group>
  );
}
