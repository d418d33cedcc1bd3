import { render } from 'preact';
import { browser } from '#imports';
import { Checker } from '@/components/Checker';
import { loadSettings, setSiteEnabled, watchSettings } from '@/lib/settings/settings';
import { parseCheckerParams } from '@/lib/suitability';
import { readPageState } from '@/lib/popup/page-state';
import '@/components/theme.css';
import './popup.css';

const params = parseCheckerParams(location.search);

// The toolbar popup is narrow; the same page opened in a tab (from a card or a test) uses the full width.
void browser.tabs.getCurrent().then((tab) => {
  document.documentElement.dataset.mode = tab ? 'page' : 'popup';
});

// The person's text size (options), followed as it changes.
const applyTextSize = ({ textSize }: { textSize: string }) => (document.documentElement.dataset.textSize = textSize);
void loadSettings().then(applyTextSize);
watchSettings(applyTextSize);

render(
  <Checker
    initialTechnique={params.technique}
    readPage={() => readPageState(params.tabId)}
    setSiteEnabled={setSiteEnabled}
    copy={(text) => navigator.clipboard.writeText(text)}
  />,
  document.getElementById('app')!,
);
