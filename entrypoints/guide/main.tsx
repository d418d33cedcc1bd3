import { render } from 'preact';
import '@/components/theme.css';
import { GuidePage } from '@/components/guide/GuidePage';

render(<GuidePage />, document.getElementById('app')!);
