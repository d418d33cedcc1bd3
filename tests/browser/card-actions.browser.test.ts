import { describe, expect, it } from 'vitest';
import { fromHighlight, type Anchor } from '@/lib/card/anchor';
import { createCardActions } from '@/lib/card/card-actions';
import { describeTerm } from '@/lib/card-text/card-content';
import { termById } from '@/lib/guide';
import { DESCRIBE_TEXT_LIMIT, type Message } from '@/lib/messages';
import { highlight, sessionOf } from './card-support';
import { mount, textOf } from './support';

const shiatsu = describeTerm(termById('shiatsu')!, null);

/** Three terms on one screen, and the actions over them, with everything they ask for recorded. */
function setUp(options: { disableSite?: () => Promise<unknown> } = {}) {
  /** The anchor whose card the actions are told is open. */
  const open: { current: Anchor | null } = { current: null };
  const root = mount(
    '<p id="a">Try shiatsu first.</p><p id="b">Plain words here.</p><p id="c">Then thai massage, then swedish massage.</p>',
  );
  const highlights = [
    highlight('shiatsu', textOf(root, '#a'), 4, 11),
    highlight('thai-massage', textOf(root, '#c'), 5, 17),
    highlight('swedish-massage', textOf(root, '#c'), 24, 39),
  ];
  const sent: Message[] = [];
  const opened: Anchor[] = [];
  const notices: string[] = [];
  let dismissed = 0;
  const actions = createCardActions({
    session: sessionOf(highlights),
    send: async (message) => void sent.push(message),
    disableSite: options.disableSite ?? (async () => undefined),
    open: (anchor) => void opened.push(anchor),
    dismiss: () => void dismissed++,
    current: () => open.current,
    notify: (_, __, notice) => void notices.push(notice),
  });
  return { root, highlights, actions, sent, opened, notices, open, dismissed: () => dismissed };
}

/** Selects `text` from `start` to `end`, as a person dragging over it would. */
function select(text: Text, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('the card actions', () => {
  it('asks the background to open the guide at the term, or the checker for the technique', async () => {
    const { highlights, actions, sent } = setUp();
    const anchor = fromHighlight(highlights[0]!, null);
    await actions.act(anchor, shiatsu, { type: 'read-more', termId: 'shiatsu' });
    await actions.act(anchor, shiatsu, { type: 'check', technique: 'shiatsu' });
    expect(sent).toEqual([
      { type: 'open-guide', termId: 'shiatsu' },
      { type: 'open-checker', technique: 'shiatsu' },
    ]);
  });

  it('switches the site off and closes the card, or keeps the card with the reason when that fails', async () => {
    const done = setUp();
    const anchor = fromHighlight(done.highlights[0]!, null);
    await done.actions.act(anchor, shiatsu, { type: 'disable-site' });
    expect([done.dismissed(), done.notices]).toEqual([1, []]);

    const full = setUp({ disableSite: () => Promise.reject(new Error('The list of sites is full.')) });
    await full.actions.act(anchor, shiatsu, { type: 'disable-site' });
    expect([full.dismissed(), full.notices]).toEqual([0, ['The list of sites is full.']]);
  });

  it('opens a suggested entry in place of the card it was suggested on, not as a highlight', async () => {
    const { highlights, actions, opened } = setUp();
    const anchor = fromHighlight(highlights[0]!, null);
    await actions.act(anchor, shiatsu, { type: 'show-term', termId: 'thai-massage' });
    expect(opened).toEqual([{ ...anchor, termId: 'thai-massage', highlighted: false }]);
  });

  it('explains a selection by the highlight in it, else by its text, cut to the limit', () => {
    const { root, highlights, actions, opened } = setUp();
    select(textOf(root, '#a'), 0, 17);
    actions.explainSelection(undefined);
    expect(opened.at(-1)).toEqual(fromHighlight(highlights[0]!, null));

    select(textOf(root, '#b'), 0, 11);
    actions.explainSelection(undefined);
    expect(opened.at(-1)).toMatchObject({ termId: null, highlighted: false, text: 'Plain words' });
    actions.explainSelection(`  ${'x'.repeat(DESCRIBE_TEXT_LIMIT + 10)} `);
    expect(opened.at(-1)?.text).toBe('x'.repeat(DESCRIBE_TEXT_LIMIT));

    document.getSelection()!.removeAllRanges();
    actions.explainSelection('anything');
    expect(opened).toHaveLength(3);
  });

  it('steps from the open card to its neighbour, wrapping round, or from the top of the screen', () => {
    const { highlights, actions, opened, open } = setUp();
    actions.stepHighlight('next');
    open.current = fromHighlight(highlights[1]!, null);
    actions.stepHighlight('next');
    actions.stepHighlight('previous');
    open.current = fromHighlight(highlights[2]!, null);
    actions.stepHighlight('next');
    expect(opened.map((anchor) => anchor.termId)).toEqual(['shiatsu', 'swedish-massage', 'shiatsu', 'shiatsu']);
    expect(opened[0]).toEqual(fromHighlight(highlights[0]!, null));
  });
});
