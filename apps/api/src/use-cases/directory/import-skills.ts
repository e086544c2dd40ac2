import type { StagedSkill } from '@maillon/domain';
import { invalid, rppsSkillParser } from '@maillon/domain';
import type { LineHandler } from './line-import.ts';
import type { ReaderContext } from './reader-context.ts';

/** Reads PS_LibreAcces_SavoirFaire (specialties and competences per professional) into staging rows. */
export async function skillsReader(_context: ReaderContext): Promise<LineHandler> {
  let parser: ReturnType<typeof rppsSkillParser> | null = null;
  let rows = new Map<string, StagedSkill>();
  return {
    stats: {},
    line(text, lineNumber) {
      if (!parser) {
        parser = rppsSkillParser(text);
        if (!parser.ok) throw invalid('file', `Fichier savoir-faire non reconnu (ligne ${lineNumber}) : ${parser.reason}.`);
        return { skipped: true };
      }
      if (!parser.ok) return { skipped: true };
      const parsed = parser.value.parse(text);
      if (!parsed.ok) return { reason: parsed.reason };
      rows.set(`${parsed.value.idNatPs}|${parsed.value.code}`, parsed.value);
      return { accepted: true };
    },
    pending: () => rows.size,
    drain() {
      const batch = [...rows.values()];
      rows = new Map();
      return (staging) => staging.stageSkills(batch);
    },
    async finish() {
      if (!parser) throw invalid('file', 'Fichier vide : aucune ligne d’en-tête.');
    },
  };
}
