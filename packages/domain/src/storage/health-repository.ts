/** The storage contract of the service's health check: packages/db implements it on the database in use. */
export interface HealthRepository {
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
}
