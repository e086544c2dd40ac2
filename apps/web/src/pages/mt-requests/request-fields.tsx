import { GP_LOSS_REASONS, type GpLossReason } from '@maillon/domain';
import { Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { fieldError } from '../../api/api-error.ts';
import { DateField } from '../../components/date-field.tsx';
import { LOSS_REASON_LABELS } from './mt-labels.ts';

/** What the request form edits (public page, team entry and edits). */
export interface RequestFieldsValue {
  lastName: string;
  firstName: string;
  birthDate: string | null;
  unitCode: string;
  email: string;
  phone: string;
  ald: boolean;
  c2s: boolean;
  ame: boolean;
  frailty: boolean;
  pregnancy: boolean;
  lostGp: boolean;
  gpLostOn: string | null;
  gpLossReason: GpLossReason | null;
  homeVisits: boolean;
  accessibilityNeeds: string;
}

export const EMPTY_REQUEST: RequestFieldsValue = {
  lastName: '',
  firstName: '',
  birthDate: '',
  unitCode: '',
  email: '',
  phone: '',
  ald: false,
  c2s: false,
  ame: false,
  frailty: false,
  pregnancy: false,
  lostGp: false,
  gpLostOn: '',
  gpLossReason: null,
  homeVisits: false,
  accessibilityNeeds: '',
};

/** The body the API takes: absent optional dates as null. */
export function requestBody(v: RequestFieldsValue) {
  return {
    lastName: v.lastName,
    firstName: v.firstName,
    birthDate: v.birthDate ?? '',
    unitCode: v.unitCode,
    email: v.email,
    phone: v.phone,
    ald: v.ald,
    c2s: v.c2s,
    ame: v.ame,
    frailty: v.frailty,
    pregnancy: v.pregnancy,
    gpLostOn: v.lostGp && v.gpLostOn ? v.gpLostOn : null,
    gpLossReason: v.lostGp ? v.gpLossReason : null,
    homeVisits: v.homeVisits,
    accessibilityNeeds: v.accessibilityNeeds,
  };
}

interface RequestFieldsProps {
  value: RequestFieldsValue;
  onChange: (value: RequestFieldsValue) => void;
  communes: { code: string; name: string }[];
  error: unknown;
  /** Team entry: the person's own words ("vous") become the team's ("le patient"). */
  forTeam?: boolean;
}

/** Identity, contact and situation, in plain French, each field with the API's error under it. */
export function RequestFields({ value, onChange, communes, error, forTeam = false }: RequestFieldsProps) {
  const set = <K extends keyof RequestFieldsValue>(key: K, v: RequestFieldsValue[K]) => onChange({ ...value, [key]: v });
  const err = (field: string) => fieldError(error, field);
  const you = forTeam ? 'Le patient' : 'Vous';
  return (
    <Stack gap="md">
      <Fieldset legend={forTeam ? 'Identité du patient' : 'Vous'}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Nom"
            required
            autoComplete="family-name"
            value={value.lastName}
            onChange={(e) => set('lastName', e.currentTarget.value)}
            error={err('lastName')}
            maxLength={100}
          />
          <TextInput
            label="Prénom"
            required
            autoComplete="given-name"
            value={value.firstName}
            onChange={(e) => set('firstName', e.currentTarget.value)}
            error={err('firstName')}
            maxLength={100}
          />
          <DateField
            label="Date de naissance"
            required
            value={value.birthDate}
            onChange={(v) => set('birthDate', v)}
            error={err('birthDate')}
            data-testid="birth-date"
          />
          <Select
            label={forTeam ? 'Commune où vit le patient' : 'Commune où vous habitez'}
            required
            searchable
            data={communes.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
            value={value.unitCode || null}
            onChange={(v) => set('unitCode', v ?? '')}
            error={err('unitCode')}
            nothingFoundMessage="Aucune commune de ce territoire"
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Pour vous recontacter (au moins un des deux)">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="email"
            value={value.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={err('email')}
            maxLength={254}
          />
          <TextInput
            label="Téléphone"
            type="tel"
            autoComplete="tel"
            value={value.phone}
            onChange={(e) => set('phone', e.currentTarget.value)}
            error={err('phone')}
            maxLength={30}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Situation (cochez ce qui est vrai)">
        <Stack gap="xs">
          <Checkbox
            label={`${you} ${forTeam ? 'est' : 'êtes'} en affection de longue durée (ALD)`}
            checked={value.ald}
            onChange={(e) => set('ald', e.currentTarget.checked)}
          />
          <Checkbox
            label={`${you} ${forTeam ? 'bénéficie' : 'bénéficiez'} de la complémentaire santé solidaire (C2S)`}
            checked={value.c2s}
            onChange={(e) => set('c2s', e.currentTarget.checked)}
          />
          <Checkbox
            label={`${you} ${forTeam ? 'bénéficie' : 'bénéficiez'} de l'aide médicale de l'État (AME)`}
            checked={value.ame}
            onChange={(e) => set('ame', e.currentTarget.checked)}
          />
          {forTeam ? (
            <>
              <Checkbox label="Situation de fragilité" checked={value.frailty} onChange={(e) => set('frailty', e.currentTarget.checked)} />
              <Checkbox label="Grossesse en cours" checked={value.pregnancy} onChange={(e) => set('pregnancy', e.currentTarget.checked)} />
            </>
          ) : null}
          <Checkbox
            label={`${you} ne ${forTeam ? 'peut' : 'pouvez'} pas se déplacer : visites à domicile nécessaires`}
            checked={value.homeVisits}
            onChange={(e) => set('homeVisits', e.currentTarget.checked)}
          />
          <Checkbox
            label={`${you} ${forTeam ? 'avait' : 'aviez'} un médecin traitant et l'${forTeam ? 'a' : 'avez'} perdu`}
            checked={value.lostGp}
            onChange={(e) => set('lostGp', e.currentTarget.checked)}
          />
          {value.lostGp ? (
            <Group grow align="flex-start">
              <DateField
                label="Depuis quand (date approximative)"
                value={value.gpLostOn}
                onChange={(v) => set('gpLostOn', v)}
                error={err('gpLostOn')}
              />
              <Select
                label="Pourquoi"
                data={GP_LOSS_REASONS.map((r) => ({ value: r, label: LOSS_REASON_LABELS[r] }))}
                value={value.gpLossReason}
                onChange={(v) => set('gpLossReason', (v as GpLossReason | null) ?? null)}
                error={err('gpLossReason')}
              />
            </Group>
          ) : null}
          <Textarea
            label="Besoins d'accessibilité (facultatif)"
            description="Par exemple : fauteuil roulant, langue des signes, interprète."
            value={value.accessibilityNeeds}
            onChange={(e) => set('accessibilityNeeds', e.currentTarget.value)}
            error={err('accessibilityNeeds')}
            maxLength={500}
            autosize
            minRows={2}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
