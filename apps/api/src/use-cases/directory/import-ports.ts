import type {
  CommuneCodesRepository,
  CptsRepository,
  GeographyRepository,
  ImportRunsRepository,
  ImportStagingRepository,
} from '@maillon/domain';
import type { ImportSettings } from '../../config.ts';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What directory imports need from storage (README "Directory imports"). */
export interface ImportPorts {
  importRuns: ImportRunsRepository;
  importStaging: ImportStagingRepository;
  cpts: Pick<CptsRepository, 'unitCodes' | 'list'>;
  geography: Pick<GeographyRepository, 'units'>;
  communeCodes: CommuneCodesRepository;
  /** Reading a file stages professionals' personal data; applying it changes the directory: both are recorded. */
  audit: AuditTrail;
}

/**
 * The context of the import steps. They run for a request, a command-line import, the demo
 * seed or the server's start, so no principal here (the upload use cases take one, below); and
 * a clock rather than one instant: a national file is read for minutes, with its heartbeat and
 * progress stamped as it goes.
 */
export interface ImportContext extends Pick<UseCaseContext<ImportPorts>, 'ports' | 'transaction'> {
  clock: () => Date;
  settings: ImportSettings;
}

/** The context of the web upload use cases: the import context and who asks. */
export type UploadContext = UseCaseContext<ImportPorts> & ImportContext;
