/**
 * Profile v1 → v2. Version 1 called the pain location `painArea`, with the values 'lower-back',
 * 'upper-back' and 'sciatica'; version 2 calls it `painLocation` ('lower', 'upper', 'radiating-leg'),
 * the names the checker uses since. Everything else is carried over; reads validate the result. The migration
 * never throws: a value it cannot read stays as it is, and the read then reports it. An example
 * stored v1 value is in tests/unit/settings-profile.test.ts.
 */
const LOCATIONS: Record<string, string> = { 'lower-back': 'lower', 'upper-back': 'upper', sciatica: 'radiating-leg' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function migrateProfileToV2(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.profile) || !('painArea' in value.profile)) return value;
  const { painArea, ...rest } = value.profile;
  const painLocation = typeof painArea === 'string' ? LOCATIONS[painArea] : undefined;
  return { ...value, profile: painLocation ? { ...rest, painLocation } : rest };
}
