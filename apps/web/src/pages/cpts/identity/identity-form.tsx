import type { CptsDetail, CptsIdentityInput } from '@maillon/contracts';
import { Alert, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, generalError } from '../../../api/api-error.ts';
import { cptsApi } from '../../../api/endpoints.ts';
import { FormActions } from '../../../components/form-actions.tsx';

interface IdentityFormProps {
  cpts: CptsDetail;
  onSaved: (cpts: CptsDetail) => void;
  onCancel: () => void;
}

type Values = Required<{ [K in keyof CptsIdentityInput]: string }>;

const FIELDS = ['name', 'legalForm', 'siret', 'finess', 'email', 'phone', 'address'];

function initialValues(cpts: CptsDetail): Values {
  return {
    name: cpts.name,
    legalForm: cpts.legalForm,
    siret: cpts.siret ?? '',
    finess: cpts.finess ?? '',
    email: cpts.email ?? '',
    phone: cpts.phone ?? '',
    address: cpts.address ?? '',
  };
}

export function IdentityForm({ cpts, onSaved, onCancel }: IdentityFormProps) {
  const [values, setValues] = useState<Values>(() => initialValues(cpts));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const bind = (field: keyof Values) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: fieldError(error, field),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onSaved(await cptsApi.updateIdentity(cpts.id, values));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <form onSubmit={handleSubmit} noValidate data-testid="identity-form">
      <Stack gap="md">
        {general ? (
          <Alert color="red" role="alert" title="Enregistrement impossible">
            {general}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Nom" required {...bind('name')} />
          <TextInput label="Forme juridique" required {...bind('legalForm')} />
          <TextInput label="SIRET" description="14 chiffres" inputMode="numeric" {...bind('siret')} />
          <TextInput label="FINESS" description="9 caractères" {...bind('finess')} />
          <TextInput label="Adresse e-mail" type="email" {...bind('email')} />
          <TextInput label="Téléphone" type="tel" {...bind('phone')} />
        </SimpleGrid>
        <Textarea label="Adresse" autosize minRows={2} {...bind('address')} />
        <FormActions onCancel={onCancel} saving={saving} />
      </Stack>
    </form>
  );
}
