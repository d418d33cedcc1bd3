import { describe, expect, it } from 'vitest';
import { checkHoverDelay } from '@/components/SettingsForm';

describe('checkHoverDelay', () => {
  it.each(['0', '300', '2000', '450.4'])('takes %s', (typed) => expect(checkHoverDelay(typed, 300)).toBeNull());

  it.each([
    ['5000', /5000 is outside 0 to 2000 milliseconds.*stays at 300/],
    ['-1', /-1 is outside 0 to 2000/],
    ['', /Type a number of milliseconds from 0 to 2000; the wait stays at 300/],
    ['abc', /Type a number/],
  ])('explains why %s is not saved', (typed, message) => expect(checkHoverDelay(typed, 300)).toMatch(message));
});
