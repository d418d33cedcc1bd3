import { render } from 'preact';

render(<main><h1>Relief Lens Popup</h1></main>, document.getElementById('app')!);
