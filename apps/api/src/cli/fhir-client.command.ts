import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createFhirRepository, createGeographyRepository, type Db } from '@maillon/db';
import { commandLineActor, createAuditRecorder } from '../composition/audit-recorder.ts';
import { fhirTokenHash } from '../use-cases/fhir/fhir-client-auth.ts';

/**
 * `fhir-client add|list|revoke`: the software clients of /fhir (the SAS platform), docs/reference/slots.md §4.
 * The token is printed once at creation and only its SHA-256 is stored; revocation is immediate
 * (every request looks the client up).
 */
export const FHIR_CLIENT_USAGE = `Usage :
  npm run maillon -- fhir-client add --name "SAS 83" [--departement 83 …]   crée un client et affiche son jeton (une seule fois)
  npm run maillon -- fhir-client list                                       liste les clients (jamais les jetons)
  npm run maillon -- fhir-client revoke <id>                                révoque un client, immédiatement`;

export const FHIR_CLIENT_EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface FhirClientOutput {
  log: (message: string) => void;
  error: (message: string) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a client name is one printable line
const CONTROL = /[\u0000-\u001f\u007f]/;

const formatDate = (date: Date | null) => (date ? date.toISOString().replace('T', ' ').slice(0, 16) : '—');

export async function fhirClientCommand(
  db: Db,
  args: string[],
  options: { out?: FhirClientOutput; clock?: () => Date; systemUser?: string } = {},
): Promise<number> {
  const out = options.out ?? { log: console.log, error: console.error };
  const now = (options.clock ?? (() => new Date()))();
  const audit = (route: string) =>
    createAuditRecorder({
      actor: commandLineActor(options.systemUser ?? userInfo().username),
      origin: { route, sourceIp: null },
      clock: () => now,
    });
  const usage = (message: string) => {
    out.error(`Erreur : ${message}\n${FHIR_CLIENT_USAGE}`);
    return FHIR_CLIENT_EXIT.usage;
  };
  const [action, ...rest] = args;
  const repository = createFhirRepository(db);

  if (action === 'add') {
    let values: { name?: string | undefined; departement?: string[] | undefined };
    try {
      ({ values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, departement: { type: 'string', multiple: true } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      return usage(error instanceof Error ? error.message : String(error));
    }
    const name = values.name?.trim() ?? '';
    if (name === '' || name.length > 100 || CONTROL.test(name)) return usage('--name est obligatoire (une ligne, 100 caractères au plus).');
    const wanted = [...new Set(values.departement ?? [])];
    if (wanted.length > 0) {
      const known = new Set((await createGeographyRepository(db).departements()).map((d) => d.code));
      const unknown = wanted.filter((code) => !known.has(code));
      if (unknown.length > 0) return usage(`Département inconnu : ${unknown.map((c) => `« ${c} »`).join(', ')}.`);
    }
    const token = randomBytes(32).toString('base64url');
    const id = crypto.randomUUID();
    await db.transaction(async (tx) => {
      await createFhirRepository(tx).addClient({
        id,
        name,
        tokenHash: fhirTokenHash(token),
        departementCodes: wanted.length > 0 ? wanted : null,
        createdAt: now,
      });
      await audit('cli fhir-client add').record(tx, {
        action: 'create',
        entity: 'fhirClient',
        recordIds: [id],
        cptsId: null,
        details: { departements: wanted.length > 0 ? wanted.join(',') : 'tous' },
      });
    });
    out.log(`Client FHIR créé : ${name} (${id}), départements : ${wanted.length > 0 ? wanted.join(', ') : 'tous'}.`);
    out.log(`Jeton (affiché une seule fois, à transmettre par un canal sûr) : ${token}`);
    return FHIR_CLIENT_EXIT.ok;
  }

  if (action === 'list' && rest.length === 0) {
    const clients = await repository.clients();
    if (clients.length === 0) out.log('Aucun client FHIR.');
    for (const c of clients) {
      const state = c.revokedAt ? `révoqué le ${formatDate(c.revokedAt)}` : 'actif';
      out.log(
        `${c.id}  ${c.name}  départements : ${c.departementCodes?.join(', ') ?? 'tous'}  ${state}  créé le ${formatDate(c.createdAt)}  dernier usage : ${formatDate(c.lastUsedAt)}`,
      );
    }
    return FHIR_CLIENT_EXIT.ok;
  }

  if (action === 'revoke' && rest.length === 1) {
    const id = rest[0] as string;
    if (!UUID.test(id)) return usage(`Identifiant de client invalide : « ${id.slice(0, 60)} ».`);
    const revoked = await db.transaction(async (tx) => {
      const done = await createFhirRepository(tx).revokeClient(id, now);
      if (done)
        await audit('cli fhir-client revoke').record(tx, {
          action: 'update',
          entity: 'fhirClient',
          recordIds: [id],
          cptsId: null,
          details: { revoked: true },
        });
      return done;
    });
    if (!revoked) {
      out.error(`Erreur : aucun client FHIR actif n'a l'identifiant ${id}.`);
      return FHIR_CLIENT_EXIT.refused;
    }
    out.log(`Client FHIR ${id} révoqué : ses requêtes sont refusées dès maintenant.`);
    return FHIR_CLIENT_EXIT.ok;
  }

  return usage('commande fhir-client inconnue.');
}
