import assert from 'node:assert/strict';
import { CONFIDENCE_BANDS, confidenceBand, lowestConfidence, MAX_CONFIDENCE, MIN_CONFIDENCE } from '../../../src/domain/okr/confidence.js';

describe('confidence', () => {
  it('runs from 0 to 10', () => {
    assert.equal(MIN_CONFIDENCE, 0);
    assert.equal(MAX_CONFIDENCE, 10);
    assert.deepEqual([...CONFIDENCE_BANDS], ['on-track', 'at-risk', 'off-track']);
  });

  it('maps every score to its band, with boundaries at 4 and 7', () => {
    const expected: Record<number, string> = {
      0: 'off-track',
      1: 'off-track',
      2: 'off-track',
      3: 'off-track',
      4: 'at-risk',
      5: 'at-risk',
      6: 'at-risk',
      7: 'on-track',
      8: 'on-track',
      9: 'on-track',
      10: 'on-track',
    };
    for (let c = 0; c <= 10; c++) assert.equal(confidenceBand(c), expected[c], `confidence ${c}`);
    assert.equal(confidenceBand(6.99), 'at-risk');
    assert.equal(confidenceBand(3.99), 'off-track');
  });

  it('lowestConfidence is the minimum of known values', () => {
    assert.equal(lowestConfidence([8, 3, 9]), 3);
    assert.equal(lowestConfidence([null, 7, null, 5]), 5);
    assert.equal(lowestConfidence([10]), 10);
  });

  it('lowestConfidence treats 0 as a value, not as missing', () => {
    assert.equal(lowestConfidence([0, 9]), 0);
    assert.equal(lowestConfidence([null, 0]), 0);
  });

  it('lowestConfidence is null when nobody checked in', () => {
    assert.equal(lowestConfidence([]), null);
    assert.equal(lowestConfidence([null, null]), null);
  });
});
