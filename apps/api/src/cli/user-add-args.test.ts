import { describe, expect, it } from 'vitest';
import { parseUserAddArgs } from './user-add-args.ts';

const PASSWORD = 'un-mot-de-passe-long';
const CPTS_ID = '6f1c1c7e-3a52-4c4b-9c1e-2f4f7c9b1a10';
const message = (args: string[], password = PASSWORD) => {
  const parsed = parseUserAddArgs(args, password);
  if (parsed.ok) throw new Error('expected a usage error');
  return parsed.message;
};

describe('parseUserAddArgs', () => {
  it('reads an ARS account with its region, the e-mail in lower case', () => {
    expect(parseUserAddArgs(['--email', ' ARS@Exemple.fr ', '--name', 'ARS PACA', '--role', 'ars', '--region', '93'], PASSWORD)).toEqual({
      ok: true,
      request: { email: 'ars@exemple.fr', name: 'ARS PACA', grant: { role: 'ars', regionCode: '93' }, password: PASSWORD },
    });
  });

  it('reads a coordinator with its CPTS id and an admin without scope', () => {
    const coordinator = parseUserAddArgs(['--email', 'c@exemple.fr', '--name', 'C', '--role', 'coordinator', '--cpts', CPTS_ID], PASSWORD);
    expect(coordinator).toMatchObject({ ok: true, request: { grant: { role: 'coordinator', cptsId: CPTS_ID } } });
    expect(parseUserAddArgs(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'admin'], PASSWORD)).toMatchObject({
      ok: true,
      request: { grant: { role: 'admin' } },
    });
  });

  it('reads a SAS regulator of a département or of a CPTS, one scope only', () => {
    expect(parseUserAddArgs(['--email', 's@exemple.fr', '--name', 'S', '--role', 'sas', '--departement', '83'], PASSWORD)).toMatchObject({
      ok: true,
      request: { grant: { role: 'sas', departementCode: '83', cptsId: null } },
    });
    expect(parseUserAddArgs(['--email', 's@exemple.fr', '--name', 'S', '--role', 'sas', '--cpts', CPTS_ID], PASSWORD)).toMatchObject({
      ok: true,
      request: { grant: { role: 'sas', departementCode: null, cptsId: CPTS_ID } },
    });
    expect(message(['--email', 's@exemple.fr', '--name', 'S', '--role', 'sas'])).toContain('soit --departement');
    expect(message(['--email', 's@exemple.fr', '--name', 'S', '--role', 'sas', '--departement', '83', '--cpts', CPTS_ID])).toContain(
      'soit --departement',
    );
    expect(message(['--email', 's@exemple.fr', '--name', 'S', '--role', 'sas', '--departement', 'XX'])).toContain(
      'Code département invalide',
    );
  });

  it('names the missing options', () => {
    expect(message(['--email', 'a@exemple.fr'])).toBe('Options obligatoires : --name, --role.');
  });

  it('refuses a malformed e-mail, an unknown role and an unknown option', () => {
    expect(message(['--email', 'pas-une-adresse', '--name', 'A', '--role', 'admin'])).toContain('Adresse e-mail invalide');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'superviseur'])).toContain('Rôle inconnu');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'admin', '--regoin', '93'])).toContain('Option inconnue');
  });

  it('requires a well-formed region for ars, a département for cpam, a UUID for a coordinator, and no foreign scope', () => {
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'ars'])).toContain('demande --region');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'cpam', '--region', '93'])).toContain('demande --departement');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'cpam', '--departement', '9'])).toContain(
      'Code département invalide',
    );
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'cpam', '--departement', '83', '--region', '93'])).toContain(
      'ne prend que --departement',
    );
    expect(
      parseUserAddArgs(['--email', 'c@exemple.fr', '--name', 'CPAM', '--role', 'cpam', '--departement', '2a'], 'x'.repeat(12)),
    ).toMatchObject({
      ok: true,
      request: { grant: { role: 'cpam', departementCode: '2A' } },
    });
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'ars', '--region', 'PACA'])).toContain('Code région invalide');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'coordinator', '--cpts', '42'])).toContain('UUID attendu');
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'coordinator', '--cpts', CPTS_ID, '--region', '93'])).toContain(
      '--region et --departement ne s',
    );
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'admin', '--cpts', CPTS_ID])).toContain(
      'ni --region, ni --departement, ni --cpts',
    );
  });

  it('requires a password of 12 characters at least', () => {
    expect(message(['--email', 'a@exemple.fr', '--name', 'A', '--role', 'admin'], 'court')).toContain('MAILLON_PASSWORD');
  });
});
