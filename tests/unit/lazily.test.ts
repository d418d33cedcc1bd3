import { describe, expect, it, vi } from 'vitest';
import { lazily } from '@/lib/lazily';

describe('lazily', () => {
  it('builds nothing until first asked, then builds once and keeps the value, even a falsy one', () => {
    const build = vi.fn(() => 0);
    const value = lazily(build);
    expect(build).not.toHaveBeenCalled();
    expect(value()).toBe(0);
    expect(value()).toBe(0);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again after a build that threw, so one failure is not kept', () => {
    let calls = 0;
    const value = lazily(() => {
      calls += 1;
      if (calls === 1) throw new Error('first build fails');
      return 'built';
    });
    expect(() => value()).toThrow('first build fails');
    expect(value()).toBe('built');
  });
});
