import type { ContractDto } from '@maillon/contracts';
import { Alert, Checkbox, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { type ContractInputDto, contractApi } from './contract-api.ts';

const PARTIES = [
  { key: 'cpts', label: 'CPTS' },
  { key: 'cpam', label: 'CPAM' },
  { key: 'ars', label: 'ARS' },
] as const;
type Party = (typeof PARTIES)[number]['key'];

const OPTIONAL = [
  { key: 'quality', label: 'Qualité et pertinence des soins' },
  { key: 'professionalSupport', label: 'Accompagnement des professionnels de santé' },
] as const;
type Optional = (typeof OPTIONAL)[number]['key'];

interface FormState {
  signatures: Record<Party, { signedOn: string | null; signatory: string }>;
  population: number | string;
  vintage: number | string;
  optional: Record<Optional, { chosen: boolean; start: number | string; deployed: number | string }>;
}

function initial(contract: ContractDto | null, population: number, today: string): FormState {
  const sig = (p: Party) => ({ signedOn: contract?.signatures[p]?.signedOn ?? '', signatory: contract?.signatures[p]?.signatory ?? '' });
  const opt = (m: Optional) => {
    const found = contract?.missions.find((x) => x.mission === m);
    return { chosen: Boolean(found), start: found?.startWithinMonths ?? '', deployed: found?.deployedWithinMonths ?? '' };
  };
  return {
    signatures: { cpts: sig('cpts'), cpam: sig('cpam'), ars: sig('ars') },
    population: contract?.population ?? population,
    vintage: contract?.populationVintage ?? Number(today.slice(0, 4)) - 3,
    optional: { quality: opt('quality'), professionalSupport: opt('professionalSupport') },
  };
}

const months = (value: number | string) => (value === '' ? null : Number(value));

/**
 * The regulators record the contract: each party's signature (date and signatory, a party may
 * sign later), the population and its INSEE vintage (the taille follows), and the optional
 * missions chosen with their months. `renewsId` makes it the renewal of an earlier contract.
 */
export function ContractFormModal(props: {
  opened: boolean;
  cptsId: string;
  contract: ContractDto | null;
  renewsId: string | null;
  population: number;
  today: string;
  onClose: () => void;
  onSaved: (contract: ContractDto) => void;
}) {
  const { opened, cptsId, contract, renewsId, population, today, onClose, onSaved } = props;
  const [form, setForm] = useState<FormState>(() => initial(contract, population, today));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened) {
      setForm(initial(contract, population, today));
      setError(null);
    }
  }, [opened, contract, population, today]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalidDate = PARTIES.find((p) => form.signatures[p.key].signedOn === null);
    if (invalidDate) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, `signatures.${invalidDate.key}.signedOn`));
      return;
    }
    const signature = (p: Party) => {
      const s = form.signatures[p];
      return s.signedOn ? { signedOn: s.signedOn, signatory: s.signatory.trim() || null } : null;
    };
    const body: ContractInputDto = {
      signatures: { cpts: signature('cpts'), cpam: signature('cpam'), ars: signature('ars') },
      population: Number(form.population),
      populationVintage: Number(form.vintage),
      optionalMissions: OPTIONAL.filter((m) => form.optional[m.key].chosen).map((m) => ({
        mission: m.key,
        startWithinMonths: months(form.optional[m.key].start),
        deployedWithinMonths: months(form.optional[m.key].deployed),
      })),
      ...(renewsId ? { renewsId } : {}),
    };
    setSaving(true);
    setError(null);
    try {
      onSaved(contract ? await contractApi.update(contract.id, body) : await contractApi.create(cptsId, body));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const fields = [
    ...PARTIES.flatMap((p) => [`signatures.${p.key}.signedOn`, `signatures.${p.key}.signatory`]),
    'signatures',
    'population',
    'populationVintage',
  ];
  const general = generalError(error, fields);
  const title = contract ? 'Compléter le contrat' : renewsId ? 'Renouveler le contrat' : 'Enregistrer le contrat ACI';
  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate data-testid="contract-form">
        <Stack gap="md">
          <Text size="sm">
            Le contrat est tripartite : il est signé quand la CPTS, la CPAM et l'ARS ont toutes trois signé, à la date de la dernière
            signature. Une partie qui n'a pas encore signé reste vide.
          </Text>
          {general ? <Alert color="red">{general}</Alert> : null}
          {fieldError(error, 'signatures') ? <Alert color="red">{fieldError(error, 'signatures')}</Alert> : null}
          {PARTIES.map((party) => (
            <Fieldset key={party.key} legend={`Signature de la ${party.label}`}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label="Signée le"
                  value={form.signatures[party.key].signedOn}
                  onChange={(value) =>
                    setForm({
                      ...form,
                      signatures: { ...form.signatures, [party.key]: { ...form.signatures[party.key], signedOn: value } },
                    })
                  }
                  error={fieldError(error, `signatures.${party.key}.signedOn`)}
                  data-testid={`signature-${party.key}-date`}
                />
                <TextInput
                  label="Signataire (nom et qualité)"
                  value={form.signatures[party.key].signatory}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      signatures: { ...form.signatures, [party.key]: { ...form.signatures[party.key], signatory: e.currentTarget.value } },
                    })
                  }
                  error={fieldError(error, `signatures.${party.key}.signatory`)}
                />
              </SimpleGrid>
            </Fieldset>
          ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Population retenue (habitants)"
              description="Vérifiée par la CPAM ; elle fixe la taille du contrat"
              value={form.population}
              onChange={(value) => setForm({ ...form, population: value })}
              thousandSeparator=" "
              min={1}
              error={fieldError(error, 'population') ?? fieldError(error, 'population.count')}
              data-testid="contract-population"
            />
            <NumberInput
              label="Millésime INSEE de la population"
              value={form.vintage}
              onChange={(value) => setForm({ ...form, vintage: value })}
              min={2000}
              max={2100}
              error={fieldError(error, 'populationVintage') ?? fieldError(error, 'population.vintage')}
            />
          </SimpleGrid>
          <Fieldset legend="Missions complémentaires choisies">
            <Stack gap="xs">
              {OPTIONAL.map((m, i) => (
                <Group key={m.key} align="flex-end" gap="sm">
                  <Checkbox
                    label={m.label}
                    checked={form.optional[m.key].chosen}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        optional: { ...form.optional, [m.key]: { ...form.optional[m.key], chosen: e.currentTarget.checked } },
                      })
                    }
                  />
                  {form.optional[m.key].chosen ? (
                    <>
                      <NumberInput
                        label="Démarrage (mois)"
                        w={150}
                        value={form.optional[m.key].start}
                        onChange={(value) =>
                          setForm({ ...form, optional: { ...form.optional, [m.key]: { ...form.optional[m.key], start: value } } })
                        }
                        min={1}
                        max={60}
                        error={fieldError(error, `missions[${4 + i}].startWithinMonths`)}
                      />
                      <NumberInput
                        label="Déploiement (mois)"
                        w={150}
                        value={form.optional[m.key].deployed}
                        onChange={(value) =>
                          setForm({ ...form, optional: { ...form.optional, [m.key]: { ...form.optional[m.key], deployed: value } } })
                        }
                        min={1}
                        max={60}
                        error={fieldError(error, `missions[${4 + i}].deployedWithinMonths`)}
                      />
                    </>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Fieldset>
          <FormActions onCancel={onClose} saving={saving} submitTestId="contract-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
