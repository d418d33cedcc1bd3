import { sameAnchor, type Anchor } from './anchor';
import type { CardEffects } from './card-effects';
import {
  CLOSED,
  nextTarget,
  openTarget,
  stepCard,
  timerFor,
  type CardEvent,
  type CardState,
  type CardTiming,
} from './hover-intent';

export interface CardMachine {
  state(): CardState<Anchor>;
  /**
   * Steps the state machine and has the effects follow: one timer for the new state, the card it
   * should show, and a request for the card the running dwell may open. `takeFocus`: opened from the
   * keyboard. `waited`: how long the pointer has already rested on the term (while the card's code loaded).
   */
  dispatch(event: CardEvent<Anchor>, takeFocus?: boolean, waited?: number): void;
}

/** The hover-intent state machine (./hover-intent.ts) driving the card's effects. */
export function createCardMachine(
  effects: Pick<CardEffects, 'schedule' | 'show' | 'shown' | 'prefetch'>,
  timing: () => CardTiming,
): CardMachine {
  let state: CardState<Anchor> = CLOSED;
  const dispatch = (event: CardEvent<Anchor>, takeFocus = false, waited = 0) => {
    const next = stepCard(state, event, sameAnchor);
    if (next === state) return;
    state = next;
    effects.schedule(timerFor(state, timing()), waited, () => dispatch({ type: 'timer' }));
    const target = openTarget(state);
    const shown = effects.shown();
    if (takeFocus || !target || !shown || !sameAnchor(target, shown)) effects.show(target, takeFocus);
    const upcoming = nextTarget(state);
    if (upcoming) effects.prefetch(upcoming);
  };
  return { state: () => state, dispatch };
}
