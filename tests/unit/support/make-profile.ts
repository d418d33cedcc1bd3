import type { Profile } from '@/lib/suitability';

/** A complete, unremarkable profile (moderate, chronic, localized lower back pain) with `answers` changed. */
export function makeProfile(answers: Partial<Profile> = {}): Profile {
  return {
    painLocation: 'lower',
    duration: 'chronic',
    severity: 'moderate',
    spread: 'localized',
    causes: [],
    conditions: [],
    redFlags: [],
    goals: [],
    ...answers,
  };
}
