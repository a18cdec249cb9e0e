import assert from 'node:assert/strict';
import { buildTemplate, checkAnswerSet } from '../../../../src/domain/performance/reviews/review-template.js';
import { expectFail, expectOk, scale, settings } from './review-builders.js';

describe('review templates', () => {
  it('builds a template with positional ids for competencies and questions that have none', () => {
    const template = expectOk(
      buildTemplate({ competencies: [{ name: ' Delivery ', scale: scale() }, { name: 'Craft', description: 'Quality', scale: scale(3) }], questions: [{ text: 'Why?' }], overallScale: scale(4) }),
    );
    assert.deepEqual(template.competencies.map((c) => [c.id, c.name, c.description]), [['c1', 'Delivery', ''], ['c2', 'Craft', 'Quality']]);
    assert.deepEqual(template.questions, [{ id: 'q1', text: 'Why?', required: false }]);
    assert.equal(template.overallScale.points.length, 4);
  });

  it('reports every problem at once, keyed by field', () => {
    const fields = expectFail(
      buildTemplate({
        competencies: [
          { id: 'a', name: '', scale: { points: [{ value: 1, label: 'Low' }] } },
          { id: 'a', name: 'Craft', scale: { points: [{ value: 1, label: 'Low' }, { value: 3, label: 'High' }] } },
          { id: 'Bad Id', name: 'Other', scale: { points: [{ value: 1, label: 'Same' }, { value: 2, label: 'same' }] } },
        ],
        questions: [{ text: '   ' }],
        overallScale: { points: [{ value: 1.5, label: 'x' }, { value: 2.5, label: '' }] },
      }),
      'PERF.VALIDATION',
    );
    assert.match(fields['template.competencies.0.name']!, /1 to/);
    assert.match(fields['template.competencies.0.scale.points']!, /2 to 10 points/);
    assert.match(fields['template.competencies.1.scale.points.1.value']!, /up by one/);
    assert.match(fields['template.competencies.2.id']!, /lower-case/);
    assert.match(fields['template.competencies.2.scale.points']!, /own label/);
    assert.match(fields['template.questions.0.text']!, /1 to/);
    assert.match(fields['template.overallScale.points.0.value']!, /whole numbers/);
    assert.match(fields['template.overallScale.points.1.label']!, /1 to 60/);
    assert.match(fields['template.competencies']!, /unique/);
  });

  it('needs at least one competency and no more than twenty', () => {
    const none = expectFail(buildTemplate({ competencies: [], questions: [], overallScale: scale() }), 'PERF.VALIDATION');
    assert.ok(none['template.competencies']);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `C${i}`, scale: scale() }));
    assert.ok(expectFail(buildTemplate({ competencies: many, questions: [], overallScale: scale() }), 'PERF.VALIDATION')['template.competencies']);
  });

  it('checks answers and ratings against the template, and completeness only when submitting', () => {
    const template = expectOk(buildTemplate(settings().template));
    const draft = expectOk(checkAnswerSet(template, { answers: { 'went-well': '  Shipped it  ', next: '   ' }, ratings: { delivery: 4 } }, null));
    assert.deepEqual(draft, { answers: { 'went-well': 'Shipped it' }, ratings: { delivery: 4 } }, 'trimmed, blanks dropped');
    const wrong = expectFail(checkAnswerSet(template, { answers: { nope: 'x' }, ratings: { delivery: 6, craft: 2.5, ghost: 1 } }, null), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(wrong).sort(), ['answers.nope', 'ratings.craft', 'ratings.delivery', 'ratings.ghost']);
    const incomplete = expectFail(checkAnswerSet(template, { answers: {}, ratings: { delivery: 3 } }, { requiredAnswers: true, allRatings: true }), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(incomplete).sort(), ['answers.went-well', 'ratings.craft']);
    assert.equal(checkAnswerSet(template, { answers: { 'went-well': 'ok' }, ratings: {} }, { requiredAnswers: true, allRatings: false }).ok, true);
  });
});
