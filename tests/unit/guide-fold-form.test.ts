import { describe, expect, it } from 'vitest';
import { foldForm } from '@/lib/guide/fold-form';

describe('foldForm', () => {
  it.each([
    ['Deep Tissue Massage', 'deep tissue massage'],
    ['deep-tissue massage', 'deep tissue massage'],
    ['deep\u2011tissue\u00a0massage', 'deep tissue massage'],
    ['  deep \n\t tissue   massage ', 'deep tissue massage'],
    ['Pétrissage', 'petrissage'],
    ['PE\u0301TRISSAGE', 'petrissage'],
    ['effleu\u00adrage', 'effleurage'],
    ['trigger\u200bpoint', 'triggerpoint'],
    ['Massage & Bodywork', 'massage and bodywork'],
    ['Massage&Bodywork', 'massage and bodywork'],
    ['body’s', "body's"],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForm(text)).toBe(folded);
  });

  it('keeps different words apart', () => {
    expect(foldForm('lumbar pain')).not.toBe(foldForm('lumbago'));
    expect(foldForm('slipped disc')).not.toBe(foldForm('slipped disk'));
  });
});
