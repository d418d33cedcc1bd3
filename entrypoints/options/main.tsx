import { render } from 'preact';

render(<main><h1>Relief Lens Options</h1></main>, document.getElementById('app')!);
