export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.reliefLens = 'ready';
  },
});
