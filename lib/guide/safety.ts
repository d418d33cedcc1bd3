import type { RedFlag, Source } from './schema';
import { NHS_BACK_PAIN, NHS_SCIATICA, NICE_LOW_BACK_PAIN } from './sources';

export const SAFETY_NOTE: { text: string; sources: Source[] } = {
  text: 'Relief Lens explains terms and sums up a guide to massage for back pain. It is not medical advice and cannot diagnose anything. If your pain is severe or getting worse, or comes with any of the warning signs below, see a doctor before booking a massage.',
  sources: [NHS_BACK_PAIN],
};

/** Warning signs alongside back pain that call for a doctor first. Ids are used by the suitability checker. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'fever',
    label: 'Fever or feeling hot and shivery',
    explanation: 'Back pain with a high temperature can point to an infection and needs a prompt medical check.',
    sources: [NHS_BACK_PAIN, NICE_LOW_BACK_PAIN],
  },
  {
    id: 'bladder-or-bowel-changes',
    label: 'Trouble peeing, or losing control of your bladder or bowels',
    explanation:
      'Together with back pain this can be a sign of cauda equina syndrome, an emergency: get urgent care now (in the UK, call 999 or go to A&E).',
    sources: [NHS_SCIATICA, NHS_BACK_PAIN],
  },
  {
    id: 'saddle-numbness',
    label: 'Numbness or tingling around the genitals, bottom or inner thighs',
    explanation:
      'Loss of feeling in the "saddle" area can mean the nerves at the base of the spine are squeezed; treat it as an emergency.',
    sources: [NHS_SCIATICA, NHS_BACK_PAIN],
  },
  {
    id: 'leg-weakness',
    label: 'Weakness or numbness in the legs that is severe or getting worse',
    explanation:
      'Legs that grow weaker, especially both at once, suggest nerve pressure that needs urgent medical care.',
    sources: [NHS_SCIATICA, NICE_LOW_BACK_PAIN],
  },
  {
    id: 'recent-trauma',
    label: 'Pain that began after a fall, accident or other serious injury',
    explanation: 'Back pain after a major injury may mean a broken bone in the spine, so get it checked first.',
    sources: [NHS_BACK_PAIN, NICE_LOW_BACK_PAIN],
  },
  {
    id: 'unexplained-weight-loss',
    label: 'Losing weight without trying',
    explanation: 'Unexplained weight loss with back pain should be looked at by a doctor to rule out a serious cause.',
    sources: [NHS_BACK_PAIN, NICE_LOW_BACK_PAIN],
  },
  {
    id: 'cancer-history',
    label: 'Having had cancer',
    explanation: 'New back pain in someone who has had cancer needs a doctor to rule out spread to the spine.',
    sources: [NICE_LOW_BACK_PAIN],
  },
];
