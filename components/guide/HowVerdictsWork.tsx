import { WARNING_SIGNS, type WarningSignId } from '@/lib/guide';
import { WARNING_SIGN_TIERS } from '@/lib/guide/warning-sign-ids';
import {
  FIT_WEIGHTS,
  GATE_TEXTS,
  OTHER_SAFETY_SIGNS,
  SAFETY_TIERS,
  VERDICT_LABELS,
  VERDICT_MEANINGS,
  VERDICTS,
  type SafetyTier,
} from '@/lib/suitability';
import { NCCIH_MASSAGE } from '@/lib/guide/sources';
import { SourceList } from './SourceList';

function signsOf(tier: SafetyTier) {
  const flags = WARNING_SIGNS.filter(
    (flag) => tier !== 'new-injury' && WARNING_SIGN_TIERS[flag.id as WarningSignId] === tier,
  );
  return [...flags, ...OTHER_SAFETY_SIGNS.filter((sign) => sign.tier === tier)];
}

/** What the checker's verdicts mean, how they are ranked, and the safety checks that come first. */
export function HowVerdictsWork() {
  return (
    <section id="how-verdicts-work" class="guide-section" aria-labelledby="how-verdicts-work-title">
      <h2 id="how-verdicts-work-title">How verdicts work</h2>
      <p>
        The checker in the toolbar compares your answers with what the guide says about each technique. A verdict is the
        guide’s view, not medical advice.
      </p>
      <dl class="verdict-meanings">
        {VERDICTS.map((verdict) => (
          <div key={verdict}>
            <dt>{VERDICT_LABELS[verdict]}</dt>
            <dd>{VERDICT_MEANINGS[verdict]}</dd>
          </div>
        ))}
      </dl>
      <h3>Which comes first</h3>
      <p>
        Better verdicts come first. Between equal verdicts, each answer the guide links to a technique adds weight:{' '}
        {FIT_WEIGHTS['points-to']} when the technique’s own “who it suits” statement names it, {FIT_WEIGHTS.benefit}{' '}
        when the guide lists it among the technique’s benefits, {FIT_WEIGHTS.preference} when it matches the pressure or
        feel you like. Ties keep the guide’s order.
      </p>
      <h3>Firm pressure and fragile bones or bleeding</h3>
      <p>
        With osteoporosis, a clotting or bleeding disorder, or blood thinners, the caution is about firm or deep
        pressure (the guide’s, for deep tissue work; NCCIH’s, for forceful massage). The two firm techniques, deep
        tissue and trigger point, then come after every gentler technique with the same verdict, and a liking for firm
        pressure adds nothing to a technique a health condition holds back.
      </p>
      <h3>Situations the guide does not name</h3>
      <p>
        The guide asks you to tell the therapist about surgeries, medicines and your current condition, but says nothing
        on massage in pregnancy, after surgery or on blood thinners. Where NCCIH speaks (pregnancy, blood thinners) the
        checker says “{VERDICT_LABELS['consult-first']}” and names it; where no source we cite speaks (recent surgery)
        no technique is more than “{VERDICT_LABELS.possible}”, and each says what to ask.
      </p>
      <SourceList sources={[NCCIH_MASSAGE]} />
      <h3>Safety comes before any verdict</h3>
      {SAFETY_TIERS.map((tier) => (
        <div key={tier} class="safety-tier" data-tier={tier}>
          <h4>{GATE_TEXTS[tier].title}</h4>
          <p>{GATE_TEXTS[tier].message}</p>
          <ul>
            {signsOf(tier).map((sign) => (
              <li key={sign.id}>
                {sign.label}. <SourceList sources={sign.sources} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
