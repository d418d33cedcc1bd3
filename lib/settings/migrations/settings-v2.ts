import { normalizeHostname } from '@/lib/settings/hostname';

/**
 * Settings v1 → v2. Version 1 kept a map of sites (`sites: {"example.com": false}`, false = highlighting
 * off) and a boolean `highlightAll`; version 2 keeps the list of switched-off sites (`disabledSites`)
 * and a `density` that can grow past two values. Every other field is carried over unchanged (reads
 * repair any field that does not fit). The migration never throws: a value it cannot read stays as it is.
 * An example stored v1 value is in tests/unit/settings-storage.test.ts.
 */
export function migrateSettingsToV2(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // A v2 value written without its version mark must not lose its sites to a second migration.
  if (!('sites' in value) && !('highlightAll' in value)) return value;
  const { sites, highlightAll, ...rest } = value as Record<string, unknown>;
  const disabledSites =
    sites !== null && typeof sites === 'object' && !Array.isArray(sites)
      ? Object.entries(sites)
          .filter(([, on]) => on === false)
          // v1 stored hosts as typed; v2 keys them normalised.
          .flatMap(([host]) => normalizeHostname(host) ?? [])
      : [];
  return {
    ...rest,
    disabledSites: [...new Set(disabledSites)].sort(),
    density: highlightAll === true ? 'all' : 'first',
  };
}
