import assert from 'node:assert/strict';
import { selectParticipants } from '../../../../src/domain/performance/reviews/participants.js';
import { person } from './review-builders.js';

const people = [
  person('c', 'b', ['b'], { teamIds: ['mobile'], department: 'Engineering' }),
  person('a', null, [], { teamIds: ['lead'], department: 'Leadership' }),
  person('b', 'a', ['a'], { teamIds: ['platform', 'eng'], department: 'engineering' }),
  person('d', 'a', ['a'], { teamIds: [], department: null }),
];

describe('choosing the participants of a cycle', () => {
  it('takes everyone, people in any of the teams, or people in any of the departments (any case), sorted by id', () => {
    assert.deepEqual(selectParticipants(people, { kind: 'all' }).map((p) => p.id), ['a', 'b', 'c', 'd']);
    assert.deepEqual(selectParticipants(people, { kind: 'teams', teamIds: ['mobile', 'platform'] }).map((p) => p.id), ['b', 'c']);
    assert.deepEqual(selectParticipants(people, { kind: 'departments', departments: ['Engineering'] }).map((p) => p.id), ['b', 'c']);
    assert.deepEqual(selectParticipants(people, { kind: 'teams', teamIds: ['none'] }), []);
  });
});
