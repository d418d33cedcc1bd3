import { NHS_BACK_PAIN, NHS_SCIATICA, NHS_SPRAINS_AND_STRAINS } from '@/lib/guide/sources';
import { EMERGENCY_NUMBERS } from '@/lib/guide/safety';
import { WARNING_SIGN_TIERS, type WarningSignId } from '@/lib/guide/warning-sign-ids';
import { WARNING_SIGNS, type Source } from '@/lib/guide';
import { phraseAnswer } from './answer-phrases';
import type { Profile } from './profile-schema';
import { SAFETY_TIERS, type SafetyTier } from './verdicts';

/** One thing the person told us that sets the gate off, with the public source that says so. */
export interface GateSign {
  id: WarningSignId | 'severe-pain' | 'lasting-sciatica' | 'new-strain-or-sprain';
  tier: SafetyTier;
  label: string;
  /** The answer said back to the person: "you have a high temperature". */
  because: string;
  explanation: string;
  sources: Source[];
}

/**
 * What comes before any verdict, in tiers:
 * - `emergency`: no verdicts at all, only what to do now;
 * - `see-doctor`: the message leads and every technique is capped at "ask a provider first";
 * - `new-injury`: a strain or sprain that is recent; no massage in the first couple of days.
 */
export interface SafetyGate {
  tier: SafetyTier;
  title: string;
  message: string;
  /** The short form each technique's reasons give. */
  reason: string;
  /** The signs behind it, most urgent first. */
  signs: GateSign[];
  sources: Source[];
}

/** `reason` is what each technique's list says, where the full message already leads the page. */
export const GATE_TEXTS: Record<SafetyTier, { title: string; message: string; reason: string }> = {
  emergency: {
    title: 'Get medical help now',
    message: `NHS advice for back pain with this sign is to call 999 or go to A&E now. ${EMERGENCY_NUMBERS} Please do not book a massage.`,
    reason: 'Get medical help now, not a massage.',
  },
  'see-doctor': {
    title: 'See a doctor before any massage',
    message:
      'NHS advice is to have this checked by a doctor first. Until then the checker rates no technique above “Ask a provider first”.',
    reason: 'The safety check above comes first: see a doctor before any massage.',
  },
  'new-injury': {
    title: 'A new strain or sprain: wait a couple of days',
    message:
      'NHS advice for a new strain or sprain is to avoid massage and heat for the first couple of days. If yours is that recent, wait; after that, ask a provider if you are unsure.',
    reason: 'The safety check above comes first: no massage in the first couple of days after a strain or sprain.',
  },
};

const SEVERE_PAIN: GateSign = {
  id: 'severe-pain',
  tier: 'see-doctor',
  label: 'Severe pain',
  because: phraseAnswer('severity', 'severe'),
  explanation: 'NHS: see a GP if back pain is severe or getting worse.',
  sources: [NHS_BACK_PAIN],
};

const LASTING_SCIATICA: GateSign = {
  id: 'lasting-sciatica',
  tier: 'see-doctor',
  label: 'Pain down a leg for 6 weeks or more',
  because: `${phraseAnswer('painLocation', 'radiating-leg')} and ${phraseAnswer('duration', 'chronic')}`,
  explanation:
    'NHS: sciatica usually gets better in 4 to 6 weeks; see a GP if it has not improved after a few weeks of treating it at home.',
  sources: [NHS_SCIATICA],
};

const NEW_STRAIN: GateSign = {
  id: 'new-strain-or-sprain',
  tier: 'new-injury',
  label: 'A strain or sprain in the last couple of days',
  because: 'a strain or sprain may be only a couple of days old',
  explanation: 'NHS: for the first couple of days, avoid heat, alcohol and massage, which can add to the swelling.',
  sources: [NHS_SPRAINS_AND_STRAINS],
};

/** The signs that come from answers other than the warning-sign list, for pages that list every sign. */
export const OTHER_SAFETY_SIGNS: readonly GateSign[] = [SEVERE_PAIN, LASTING_SCIATICA, NEW_STRAIN];

/**
 * A strain or sprain the person dates to the last two days gates whatever the pain's long-term
 * duration; undated, a strain in recent pain might be that new, so it gates too, and the message says
 * when the wait ends.
 */
function isNewStrain(profile: Profile): GateSign | null {
  if (profile.injuryOnset === 'earlier') return null;
  if (profile.injuryOnset === 'last-two-days')
    return { ...NEW_STRAIN, because: phraseAnswer('injuryOnset', 'last-two-days') };
  const strained = profile.causes.includes('muscle-strain') || profile.causes.includes('ligament-sprain');
  return strained && profile.duration === 'acute'
    ? { ...NEW_STRAIN, because: 'your pain is recent and a strain or sprain plays a part' }
    : null;
}

/** Every sign in the profile, most urgent first. */
export function listSafetySigns(profile: Profile): GateSign[] {
  const signs: GateSign[] = WARNING_SIGNS.filter((flag) => profile.redFlags.includes(flag.id as WarningSignId)).map(
    (flag) => {
      const id = flag.id as WarningSignId;
      return { ...flag, id, tier: WARNING_SIGN_TIERS[id], because: phraseAnswer('redFlags', id) };
    },
  );
  if (profile.severity === 'severe') signs.push(SEVERE_PAIN);
  if (profile.painLocation === 'radiating-leg' && profile.duration === 'chronic') signs.push(LASTING_SCIATICA);
  const strain = isNewStrain(profile);
  if (strain) signs.push(strain);
  return signs.sort((a, b) => SAFETY_TIERS.indexOf(a.tier) - SAFETY_TIERS.indexOf(b.tier));
}

/** The gate for a profile, or null when nothing in it calls for one. */
export function decideGate(profile: Profile): SafetyGate | null {
  const signs = listSafetySigns(profile);
  const top = signs[0];
  if (!top) return null;
  // An emergency is about what to do now; the lesser signs would only distract from it.
  const shown = top.tier === 'emergency' ? signs.filter((sign) => sign.tier === 'emergency') : signs;
  const sources = [...new Map(shown.flatMap((sign) => sign.sources).map((s) => [s.url, s])).values()];
  const { title, message, reason } = GATE_TEXTS[top.tier];
  return { tier: top.tier, title, message, reason, signs: shown, sources };
}
