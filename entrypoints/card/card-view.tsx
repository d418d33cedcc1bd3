import { render } from 'preact';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import themeCss from '@/components/theme.css?inline';
import type { CardView } from '@/lib/card/card-view';

/** The card drawn with Preact, for lib/card/card-controller.ts. */
export const cardView: CardView = {
  // The theme's variables live on the card itself, where no page rule can override or inherit into them.
  css: themeCss.replaceAll(':root', '.rl-card') + cardCss,
  render(container, props) {
    render(props && <Card {...props} />, container);
    return container.querySelector<HTMLElement>('.rl-card');
  },
};
