import type { ClientOutput, endpoints } from '@maillon/contracts';
import { Alert, Anchor, Button, Card, Checkbox, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { fieldError, generalError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { mtApi } from './mt-api.ts';
import { EMPTY_REQUEST, RequestFields, type RequestFieldsValue, requestBody } from './request-fields.tsx';

type Communes = ClientOutput<typeof endpoints.mtRequests.publicCommunes>['items'];
type Desk = ClientOutput<typeof endpoints.mtRequests.publicDesk>;

const FIELDS = [
  'lastName',
  'firstName',
  'birthDate',
  'unitCode',
  'email',
  'phone',
  'gpLostOn',
  'gpLossReason',
  'accessibilityNeeds',
  'consent',
];

/** Step 1: which CPTS covers my commune (0, 1 or several: said plainly). */
function FindCpts({ onChoose }: { onChoose: (cptsId: string, unitCode: string) => void }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Communes | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
      setItems((await mtApi.communes(q)).items);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Stack gap="md">
      <form onSubmit={search} aria-label="Trouver ma CPTS">
        <Group align="flex-end">
          <TextInput
            label="Votre commune ou votre code postal"
            description="Par exemple : Digne-les-Bains ou 04000"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            error={fieldError(error, 'q')}
            maxLength={100}
            style={{ flex: 1 }}
            data-testid="commune-search"
          />
          <Button type="submit" loading={loading} leftSection={<IconSearch size={16} aria-hidden />}>
            Chercher
          </Button>
        </Group>
      </form>
      {error && !fieldError(error, 'q') ? <ErrorAlert error={error} /> : null}
      {items && items.length === 0 ? (
        <Text>Aucune commune ne correspond à cette recherche. Vérifiez l'orthographe ou essayez le code postal.</Text>
      ) : null}
      {items?.map((commune) => (
        <Card key={commune.code} withBorder padding="md">
          <Title order={3} size="h4">
            {commune.name} ({commune.postalCodes.join(', ') || commune.code})
          </Title>
          {commune.cpts.length === 0 ? (
            <Text mt="xs">
              Aucune CPTS ne couvre encore cette commune. Vous pouvez demander de l'aide à votre caisse d'assurance maladie (CPAM) pour
              trouver un médecin traitant.
            </Text>
          ) : (
            <>
              <Text mt="xs">
                {commune.cpts.length === 1
                  ? 'Une CPTS couvre cette commune :'
                  : `${commune.cpts.length} CPTS couvrent cette commune. Choisissez-en une seule : elles se coordonnent entre elles.`}
              </Text>
              <Group mt="sm">
                {commune.cpts.map((c) => (
                  <Button key={c.id} onClick={() => onChoose(c.id, commune.code)} data-testid="choose-cpts">
                    Faire ma demande auprès de la {c.name}
                  </Button>
                ))}
              </Group>
            </>
          )}
        </Card>
      ))}
    </Stack>
  );
}

/** Step 2: the form, with the consent text naming the controller and the retention period. */
function RequestForm({
  desk,
  unitCode,
  onDone,
}: {
  desk: Desk;
  unitCode: string;
  onDone: (receipt: { number: string; emailSent: boolean }) => void;
}) {
  const [value, setValue] = useState<RequestFieldsValue>({ ...EMPTY_REQUEST, unitCode });
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const openedAt = useRef(Date.now());
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const receipt = await mtApi.submit({
        ...requestBody(value),
        cptsId: desk.cptsId,
        consent: consent as true,
        website,
        openedAt: openedAt.current,
      });
      onDone(receipt);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };
  const general = generalError(error, FIELDS);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <RequestFields value={value} onChange={setValue} communes={desk.communes} error={error} />
        <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
          <label htmlFor="mt-website">Ne pas remplir ce champ</label>
          <input
            id="mt-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
          />
        </div>
        <Alert color="blue" title="Vos données" variant="light">
          <Text size="sm">
            Les informations de ce formulaire sont enregistrées par la {desk.name}
            {desk.address ? `, ${desk.address}` : ''}, responsable du traitement, pour vous aider à trouver un médecin traitant. Seule son
            équipe de coordination les voit, puis le médecin qui accepte de vous recevoir. Elles sont conservées pendant la recherche, puis{' '}
            {desk.retentionMonths} mois après la clôture de la demande, et ensuite effacées. Vous pouvez demander à les consulter, les
            corriger ou les effacer auprès de la CPTS{desk.cptsEmail ? ` (${desk.cptsEmail})` : ''}.
          </Text>
        </Alert>
        <Checkbox
          label="J'accepte que la CPTS enregistre ces informations pour m'aider à trouver un médecin traitant."
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
          error={fieldError(error, 'consent')}
          required
          data-testid="consent"
        />
        {general ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={saving} data-testid="submit-request">
            Envoyer ma demande
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** « Je cherche un médecin traitant » — the public page, no account (issue #9 item 1). */
export function PublicRequestPage() {
  useDocumentTitle('Je cherche un médecin traitant · Maillon');
  const [desk, setDesk] = useState<Desk | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const [deskError, setDeskError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<{ number: string; emailSent: boolean } | null>(null);
  const choose = async (cptsId: string, code: string) => {
    setDeskError(null);
    try {
      setDesk(await mtApi.desk(cptsId));
      setUnitCode(code);
    } catch (cause) {
      setDeskError(cause);
    }
  };
  return (
    <Stack gap="lg" maw={820}>
      <Title order={1}>Je cherche un médecin traitant</Title>
      <Text>
        Les professionnels de santé de votre territoire, réunis en CPTS, aident les personnes sans médecin traitant à en trouver un. Les
        personnes en affection de longue durée, âgées ou en situation fragile passent en premier. Déposer une demande est gratuit.
      </Text>
      {receipt && desk ? (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title="Votre demande est enregistrée" role="status">
          <Stack gap="xs">
            <Text>
              Votre numéro de demande : <strong data-testid="request-number">{receipt.number}</strong>. Notez-le : avec votre date de
              naissance, il vous permet de suivre votre demande.
            </Text>
            <Text>
              {receipt.emailSent
                ? 'Un e-mail de confirmation vous a été envoyé.'
                : 'Un e-mail de confirmation vous sera envoyé si vous avez donné votre adresse.'}
            </Text>
            <Text>
              La {desk.name} s'engage à vous répondre sous {desk.responseDays} jours.{' '}
              <Anchor component={Link} to="/medecin-traitant/suivi" c="dark.9" fw={600} underline="always">
                Suivre ma demande
              </Anchor>
            </Text>
          </Stack>
        </Alert>
      ) : desk ? (
        <Stack gap="md">
          <Title order={2}>Ma demande auprès de la {desk.name}</Title>
          <List size="sm">
            <List.Item>Les champs marqués d'un astérisque sont obligatoires.</List.Item>
            <List.Item>Ne donnez pas de détail sur votre santé : l'équipe vous rappellera si besoin.</List.Item>
          </List>
          <RequestForm desk={desk} unitCode={unitCode} onDone={setReceipt} />
          <Anchor component="button" type="button" onClick={() => setDesk(null)} style={{ alignSelf: 'flex-start' }}>
            Choisir une autre commune
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="md">
          <Title order={2}>1. Trouver ma CPTS</Title>
          <FindCpts onChoose={choose} />
          {deskError ? <ErrorAlert error={deskError} /> : null}
          <Text size="sm">
            Vous avez déjà fait une demande ?{' '}
            <Anchor component={Link} to="/medecin-traitant/suivi">
              Suivre ma demande
            </Anchor>
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
