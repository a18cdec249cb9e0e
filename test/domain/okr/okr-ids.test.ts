import assert from 'node:assert/strict';
import {
  isCycleId,
  makeKeyResultId,
  makeObjectiveId,
  parseKeyResultId,
  parseObjectiveId,
} from '../../../src/domain/okr/okr-ids.js';

describe('okr ids', () => {
  describe('isCycleId', () => {
    it('accepts cy + 4..32 lowercase alphanumerics', () => {
      assert.equal(isCycleId('cy2026'), true);
      assert.equal(isCycleId('cyabcd'), true);
      assert.equal(isCycleId(`cy${'a'.repeat(32)}`), true);
    });

    it('rejects wrong prefix, wrong length, uppercase and punctuation', () => {
      for (const bad of ['', 'cy', 'cyabc', `cy${'a'.repeat(33)}`, 'CY2026', 'cyABCD', 'ob2026', 'xcy2026', 'cy2026 ', 'cy20-26', 'cy2026\n']) {
        assert.equal(isCycleId(bad), false, JSON.stringify(bad));
      }
    });
  });

  describe('objective ids', () => {
    it('makes "<cycle>.ob<unique>"', () => {
      assert.equal(makeObjectiveId('cy2026q1', 'x9y8'), 'cy2026q1.obx9y8');
    });

    it('round-trips through parseObjectiveId', () => {
      const id = makeObjectiveId('cy2026q1', 'abcd1234');
      assert.deepEqual(parseObjectiveId(id), { cycleId: 'cy2026q1', objectiveId: 'cy2026q1.obabcd1234' });
    });

    it('rejects malformed objective ids', () => {
      const bad = [
        '',
        'cy2026q1',
        'cy2026q1.ob',
        'cy2026q1.obabc', // unique too short
        `cy2026q1.ob${'a'.repeat(33)}`, // unique too long
        'cy2026q1.krabcd', // wrong prefix
        'cx2026q1.obabcd', // wrong cycle prefix
        'CY2026Q1.OBABCD', // uppercase
        'cy2026q1.obABCD',
        'cy2026q1obabcd', // missing dot
        'cy2026q1.obabcd.kr01', // a key result id is not an objective id
        "cyabc.obxyz' OR 1=1",
        "cyabcd.obwxyz' OR 1=1",
        'cyabcd.obwxyz;DROP',
        'cyabcd.obwxyz\n',
        ' cyabcd.obwxyz',
        'cyabcd.obwx/yz',
        '../cyabcd.obwxyz',
      ];
      for (const value of bad) assert.equal(parseObjectiveId(value), null, JSON.stringify(value));
    });
  });

  describe('key result ids', () => {
    it('makes "<objective>.kr<unique>"', () => {
      assert.equal(makeKeyResultId('cy2026q1.obabcd', '01'), 'cy2026q1.obabcd.kr01');
    });

    it('round-trips through parseKeyResultId and exposes cycle and objective', () => {
      const objectiveId = makeObjectiveId('cy2026q1', 'abcd');
      const id = makeKeyResultId(objectiveId, 'z9');
      assert.deepEqual(parseKeyResultId(id), { cycleId: 'cy2026q1', objectiveId: 'cy2026q1.obabcd', keyResultId: 'cy2026q1.obabcd.krz9' });
    });

    it('rejects malformed key result ids', () => {
      const bad = [
        '',
        'cy2026q1.obabcd',
        'cy2026q1.obabcd.kr',
        'cy2026q1.obabcd.kr1', // unique too short
        `cy2026q1.obabcd.kr${'a'.repeat(33)}`,
        'cy2026q1.obabcd.ob01',
        'cy2026q1.obabcd.KR01',
        'cy2026q1.obabc.kr01', // objective part too short
        "cy2026q1.obabcd.kr01' OR 1=1",
        "cyabc.obxyz' OR 1=1",
        'cy2026q1.obabcd.kr01\n',
        'cy2026q1.obabcd.kr01.kr02',
      ];
      for (const value of bad) assert.equal(parseKeyResultId(value), null, JSON.stringify(value));
    });

    it('ids made from malformed parts do not parse (make does not validate)', () => {
      assert.equal(parseObjectiveId(makeObjectiveId('cy2026q1', 'ABCD')), null);
      assert.equal(parseKeyResultId(makeKeyResultId('cy2026q1.obabcd', "x' OR 1=1")), null);
    });
  });
});
