import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/guide/vocabulary';
import { fitsField, readPlainSettings } from '@/lib/settings/page-settings';
import { checkField, readSettings } from '@/lib/settings/settings';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, SITE_LIMIT, type SettingsKey } from '@/lib/settings/settings-schema';

const keys = Object.keys(SETTINGS_FIELDS) as SettingsKey[];

/** Values near every field's edges, of every JSON type, and a few that only a hand-written check would miss. */
const samples: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  300,
  2000,
  2001,
  Number.NaN,
  Infinity,
  '300',
  '',
  'first',
  'all',
  'ALL',
  'underline',
  'background',
  'hover',
  'click',
  ...CATEGORIES,
  [],
  [...CATEGORIES],
  ['technique', 'technique'],
  ['technique', 'Technique'],
  [1],
  ['example.com'],
  ['www.example.com'],
  ['Example.com'],
  ['example.com.'],
  ['extensions'],
  ['chrome://extensions'],
  ['blog.example.com', 'localhost', '[::1]'],
  [null],
  Array.from({ length: SITE_LIMIT }, (_, i) => `site${i}.example`),
  Array.from({ length: SITE_LIMIT + 1 }, (_, i) => `site${i}.example`),
  {},
  { 0: 'example.com', length: 1 },
];

describe('the content script reads settings with the same answers as the zod schemas', () => {
  it.each(keys)('agrees with the zod schema of %s on every sample value', (key) => {
    for (const value of samples) {
      expect([key, value, fitsField(SETTINGS_FIELDS[key], value)]).toEqual([
        key,
        value,
        checkField(key, value).success,
      ]);
    }
  });

  it('reads a stored value as the zod reader does, field by field', () => {
    const stored = [
      undefined,
      null,
      'settings',
      [],
      { density: 'all', style: 'neon', hoverDelayMs: 5000, unknown: 1 },
      { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'Bad Host'], categories: ['technique'] },
      { enabled: false, badge: 'yes', openOn: 'click' },
    ];
    for (const raw of stored) expect(readPlainSettings(raw)).toEqual(readSettings(raw));
  });

  it('keeps every default readable by both', () => {
    for (const key of keys) expect(fitsField(SETTINGS_FIELDS[key], DEFAULT_SETTINGS[key])).toBe(true);
  });
});
