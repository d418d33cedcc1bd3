import { render } from 'preact';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import themeCss from '@/components/theme.css?inline';
import { scopeThemeToCard } from '@/lib/card/card-theme';
import type { CardView } from '@/lib/card/card-view';

/** The card drawn with Preact, for lib/card/card-controller.ts. */
export const cardView: CardView = {
  css: scopeThemeToCard(themeCss) + cardCss,
  render(container, props) {
    render(props && <Card {...props} />, container);
    return container.querySelector<HTMLElement>('.rl-card');
  },
};
