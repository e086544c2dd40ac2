import type { AddMemberInput, CategoryDto, DirectoryHitDto } from '@maillon/contracts';
import { Alert, Group, NativeSelect, Radio, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { STRUCTURE_TYPE_OPTIONS } from '../association-labels.ts';
import { DirectoryPicker } from './directory-picker.tsx';

interface AddMemberModalProps {
  cptsId: string;
  opened: boolean;
  categories: CategoryDto[];
  onClose: () => void;
  onAdded: () => void;
}

const FIELDS = ['idNatPs', 'displayName', 'structureType', 'finessSite', 'categoryId', 'contactEmail', 'contactPhone', 'joinedOn'];
type StructureType = Extract<AddMemberInput, { kind: 'structure' }>['structureType'];

/** Adds a professional of the directory or a structure, as a member at once or as a request received. */
export function AddMemberModal({ cptsId, opened, categories, onClose, onAdded }: AddMemberModalProps) {
  const [kind, setKind] = useState<'professional' | 'structure'>('professional');
  const [professional, setProfessional] = useState<DirectoryHitDto | null>(null);
  const [name, setName] = useState('');
  const [structureType, setStructureType] = useState<StructureType>('msp');
  const [finess, setFiness] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [status, setStatus] = useState<'active' | 'requested'>('active');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setProfessional(null);
    setName('');
    setFiness('');
    setEmail('');
    setPhone('');
    setStatus('active');
    setError(null);
  }, [opened]);
  useEffect(() => {
    if (!categoryId && categories[0]) setCategoryId(categories[0].id);
  }, [categories, categoryId]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (kind === 'professional' && !professional) {
      setError(new ApiError(422, 'INVALID', "Choisissez le professionnel dans l'annuaire.", 'idNatPs'));
      return;
    }
    const common = {
      status,
      ...(categoryId ? { categoryId } : {}),
      ...(email.trim() ? { contactEmail: email.trim() } : {}),
      ...(phone.trim() ? { contactPhone: phone.trim() } : {}),
    };
    const input: AddMemberInput =
      kind === 'professional'
        ? { kind, idNatPs: professional?.idNatPs ?? '', ...common }
        : { kind, displayName: name.trim(), structureType, ...(finess.trim() ? { finessSite: finess.trim() } : {}), ...common };
    setSaving(true);
    setError(null);
    try {
      await membersApi.add(cptsId, input);
      onAdded();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={opened} onClose={onClose} title="Ajouter un adhérent" size="lg">
      <form onSubmit={handleSubmit} noValidate data-testid="add-member-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Ajout impossible">
              {general}
            </Alert>
          ) : null}
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as 'professional' | 'structure')}
            data={[
              { value: 'professional', label: 'Professionnel de santé' },
              { value: 'structure', label: 'Structure' },
            ]}
            aria-label="Type d'adhérent"
          />
          {kind === 'professional' ? (
            <DirectoryPicker cptsId={cptsId} selected={professional} onSelect={setProfessional} error={fieldError(error, 'idNatPs')} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Nom de la structure"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError(error, 'displayName')}
              />
              <NativeSelect
                label="Type de structure"
                value={structureType}
                onChange={(e) => setStructureType(e.currentTarget.value as StructureType)}
                data={STRUCTURE_TYPE_OPTIONS}
              />
              <TextInput
                label="FINESS (facultatif)"
                value={finess}
                onChange={(e) => setFiness(e.currentTarget.value)}
                error={fieldError(error, 'finessSite')}
              />
            </SimpleGrid>
          )}
          <NativeSelect
            label="Collège"
            value={categoryId}
            onChange={(e) => setCategoryId(e.currentTarget.value)}
            data={categories.map((c) => ({ value: c.id, label: c.voting ? c.name : `${c.name} (sans droit de vote)` }))}
            error={fieldError(error, 'categoryId')}
          />
          <Radio.Group label="Enregistrer comme" value={status} onChange={(v) => setStatus(v as 'active' | 'requested')}>
            <Group mt={4}>
              <Radio value="active" label="Adhésion validée" />
              <Radio value="requested" label="Demande reçue, à valider" />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="E-mail de contact"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(error, 'contactEmail')}
            />
            <TextInput
              label="Téléphone"
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={fieldError(error, 'contactPhone')}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={saving} submitLabel="Ajouter" submitTestId="add-member-submit" />
        </Stack>
      </form>
    </AppModal>
  );
}
