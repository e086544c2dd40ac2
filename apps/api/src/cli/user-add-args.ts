import { parseArgs } from 'node:util';
import type { Grant } from '@maillon/domain';
import { z } from 'zod';

export const USER_ADD_USAGE = `Usage : npm run maillon -- user add --email <e-mail> --name <nom> --role <admin|ars|cpam|coordinator|sas>
                            [--region <code région>] (ars) [--departement <code département>] (cpam, sas)
                            [--cpts <identifiant>] (coordinator, sas)
Le mot de passe (12 caractères au moins) est lu dans la variable MAILLON_PASSWORD.`;

/** The grant asked for: a CPAM names its département, the command finds its region. */
export type GrantRequest = Exclude<Grant, { role: 'cpam' }> | { role: 'cpam'; departementCode: string };

export interface UserAddRequest {
  email: string;
  name: string;
  grant: GrantRequest;
  password: string;
}

export type ParsedUserAdd = { ok: true; request: UserAddRequest } | { ok: false; message: string };

const ROLES = ['admin', 'ars', 'cpam', 'coordinator', 'sas'] as const;
const emailSchema = z.email().max(254);
const regionSchema = z.string().regex(/^\d{2}$/);
const departementSchema = z.string().regex(/^(\d{2}|2A|2B|97\d)$/);
const cptsIdSchema = z.uuid();
const usage = (message: string): ParsedUserAdd => ({ ok: false, message });

/**
 * Reads `user add`'s options (no database): every option well formed, the scope that goes
 * with the role and only that one. Whether the region or the CPTS exists is the command's check.
 */
export function parseUserAddArgs(args: readonly string[], password: string | undefined): ParsedUserAdd {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        region: { type: 'string' },
        departement: { type: 'string' },
        cpts: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return usage(`Option inconnue ou incomplète (${error instanceof Error ? error.message : String(error)}).`);
  }
  const missing = (['email', 'name', 'role'] as const).filter((key) => !values[key]?.trim());
  if (missing.length > 0)
    return usage(
      `Option${missing.length > 1 ? 's' : ''} obligatoire${missing.length > 1 ? 's' : ''} : ${missing.map((m) => `--${m}`).join(', ')}.`,
    );
  const email = (values.email as string).trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) return usage(`Adresse e-mail invalide : « ${values.email} ».`);
  const name = (values.name as string).trim();
  if (name.length > 200) return usage('Le nom compte au plus 200 caractères.');
  const role = values.role as string;
  if (!(ROLES as readonly string[]).includes(role)) return usage(`Rôle inconnu : « ${role} » (admin, ars, cpam, coordinator ou sas).`);
  const { region, departement, cpts } = values;
  let grant: GrantRequest;
  if (role === 'ars') {
    if (!region) return usage('Le rôle ars demande --region <code région> (par exemple 93).');
    if (!regionSchema.safeParse(region).success)
      return usage(`Code région invalide : « ${region} » (2 chiffres attendus, par exemple 93).`);
    if (cpts || departement)
      return usage("Le rôle ars ne prend que --region (--departement s'applique au rôle cpam, --cpts au rôle coordinator).");
    grant = { role, regionCode: region };
  } else if (role === 'cpam') {
    if (!departement) return usage('Le rôle cpam demande --departement <code département> (par exemple 83).');
    const code = departement.toUpperCase();
    if (!departementSchema.safeParse(code).success)
      return usage(`Code département invalide : « ${departement} » (par exemple 83, 2A ou 974).`);
    if (cpts || region) return usage("Le rôle cpam ne prend que --departement (sa région s'en déduit).");
    grant = { role, departementCode: code };
  } else if (role === 'coordinator') {
    if (!cpts) return usage('Le rôle coordinator demande --cpts <identifiant de la CPTS>.');
    if (!cptsIdSchema.safeParse(cpts).success) return usage(`Identifiant de CPTS invalide : « ${cpts} » (UUID attendu).`);
    if (region || departement) return usage("--region et --departement ne s'appliquent pas au rôle coordinator.");
    grant = { role: 'coordinator', cptsId: cpts.toLowerCase() };
  } else if (role === 'sas') {
    // A SAS regulator serves one département or one CPTS's territory (docs/reference/slots.md §2).
    if (region) return usage("--region ne s'applique pas au rôle sas (--departement ou --cpts).");
    if (Boolean(departement) === Boolean(cpts))
      return usage('Le rôle sas demande soit --departement <code département>, soit --cpts <identifiant de la CPTS>.');
    if (departement) {
      const code = departement.toUpperCase();
      if (!departementSchema.safeParse(code).success)
        return usage(`Code département invalide : « ${departement} » (par exemple 83, 2A ou 974).`);
      grant = { role: 'sas', departementCode: code, cptsId: null };
    } else {
      if (!cptsIdSchema.safeParse(cpts).success) return usage(`Identifiant de CPTS invalide : « ${cpts} » (UUID attendu).`);
      grant = { role: 'sas', departementCode: null, cptsId: (cpts as string).toLowerCase() };
    }
  } else {
    if (region || departement || cpts) return usage('Le rôle admin ne prend ni --region, ni --departement, ni --cpts.');
    grant = { role: 'admin' };
  }
  if (!password || password.length < 12)
    return usage('La variable MAILLON_PASSWORD doit contenir un mot de passe de 12 caractères au moins.');
  return { ok: true, request: { email, name, grant, password } };
}
