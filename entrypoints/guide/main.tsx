import { render } from 'preact';

render(<main><h1>Relief Lens Guide</h1></main>, document.getElementById('app')!);
