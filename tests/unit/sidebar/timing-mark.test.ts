import { describe, expect, it } from 'vitest';
import { timingMark } from '../../../lib/timing-mark';

describe('timingMark', () => {
  it('keeps the latest marks of a name and never more than 20, however often it is called', () => {
    performance.clearMarks();
    for (let i = 0; i < 1000; i++) timingMark('view:received');
    timingMark('view:rendered');
    expect(performance.getEntriesByName('view:received', 'mark').length).toBeLessThanOrEqual(20);
    expect(performance.getEntriesByName('view:received', 'mark').length).toBeGreaterThan(0);
    expect(performance.getEntriesByName('view:rendered', 'mark')).toHaveLength(1);
  });
});
