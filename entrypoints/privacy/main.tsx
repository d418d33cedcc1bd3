import { render } from 'preact';
import '@/components/theme.css';
import { PrivacyPage } from '@/components/PrivacyPage';
import { parsePolicy } from '@/lib/privacy/policy-blocks';
import policy from '@/PRIVACY.md?raw';

render(<PrivacyPage blocks={parsePolicy(policy)} />, document.getElementById('app')!);
