import { Button, Card, Checkbox, Field, Input, Radio, RadioGroup, Select, SpinButton, Switch, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app-context.js';
import type { AnonymityMode, CreateReviewCycleBody, ParticipantsView, PhaseDeadlinesView, ReviewCycleType, ReviewCycleView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';
import { DEFAULT_SCALE_TEXT, textToScale } from './scale-labels.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem', minWidth: 0 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { minWidth: '10rem', flexGrow: 1, maxWidth: '24rem' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

interface CompetencyDraft {
  key: number;
  name: string;
  description: string;
  scale: string;
}
interface QuestionDraft {
  key: number;
  text: string;
  required: boolean;
}

let nextKey = 1;
const competency = (name = '', description = ''): CompetencyDraft => ({ key: nextKey++, name, description, scale: DEFAULT_SCALE_TEXT });
const question = (text = '', required = true): QuestionDraft => ({ key: nextKey++, text, required });

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (days: number): string => isoDay(new Date(Date.now() + days * 86_400_000));

/** HR's form for a new review cycle: basics, participants, the template, deadlines, anonymity and compensation. */
export function CycleForm({ onCreated }: { onCreated: (cycle: ReviewCycleView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.cycles.form;
  const [name, setName] = useState('');
  const [type, setType] = useState<ReviewCycleType>('semi-annual');
  const [periodStart, setPeriodStart] = useState(`${new Date().getUTCFullYear()}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(addDays(0));
  const [participantKind, setParticipantKind] = useState<ParticipantsView['kind']>('all');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [departments, setDepartments] = useState<string[]>([]);
  const [competencies, setCompetencies] = useState<CompetencyDraft[]>(() => [
    competency('Delivery', 'Gets the right things done, well and on time.'),
    competency('Collaboration', 'Works with others and makes them better.'),
    competency('Growth', 'Learns, takes feedback and helps others grow.'),
  ]);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => [question('What went well in this period?'), question('What would you do differently?'), question('Where do you want to grow next?', false)]);
  const [overallScale, setOverallScale] = useState(DEFAULT_SCALE_TEXT);
  const [deadlines, setDeadlines] = useState<PhaseDeadlinesView>(() => ({ self: addDays(14), peer: addDays(28), manager: addDays(42), calibration: addDays(56) }));
  const [anonymity, setAnonymity] = useState<AnonymityMode>('anonymous');
  const [threshold, setThreshold] = useState(3);
  const [compensation, setCompensation] = useState(false);
  const [compensationVisible, setCompensationVisible] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const allDepartments = useMemo(() => [...new Set([...app.people.values()].map((p) => p.department).filter((d): d is string => !!d))].sort(), [app.people]);

  const participants = (): ParticipantsView =>
    participantKind === 'teams' ? { kind: 'teams', teamIds } : participantKind === 'departments' ? { kind: 'departments', departments } : { kind: 'all' };
  const body = (): CreateReviewCycleBody => ({
    name: name.trim(),
    type,
    periodStart,
    periodEnd,
    participants: participants(),
    template: {
      competencies: competencies.map((c) => ({ name: c.name.trim(), description: c.description.trim(), scale: textToScale(c.scale) })),
      questions: questions.map((q) => ({ text: q.text.trim(), required: q.required })),
      overallScale: textToScale(overallScale),
    },
    deadlines,
    anonymity: { mode: anonymity, threshold },
    compensation: { enabled: compensation, visibleToSubjectAfterRelease: compensation && compensationVisible },
  });
  const scaleOk = (text: string) => {
    const n = textToScale(text).points.length;
    return n >= 2 && n <= 10;
  };

  const create = async () => {
    if (!scaleOk(overallScale) || competencies.some((c) => !scaleOk(c.scale))) {
      setProblem(s.scaleProblem);
      return;
    }
    setProblem(null);
    const created = await action.run(() => app.api.post<ReviewCycleView>('/review-cycles', body()));
    if (created) onCreated(created);
  };
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const patchCompetency = (key: number, change: Partial<CompetencyDraft>) => setCompetencies((list) => list.map((c) => (c.key === key ? { ...c, ...change } : c)));
  const patchQuestion = (key: number, change: Partial<QuestionDraft>) => setQuestions((list) => list.map((q) => (q.key === key ? { ...q, ...change } : q)));

  return (
    <form
      className={styles.form}
      aria-labelledby="cycle-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <Text as="h2" id="cycle-form-title" size={500} weight="semibold">
        {reviewStrings.cycles.newCycle}
      </Text>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.basics}
        </Text>
        <div className={styles.row}>
          <Field label={s.name} required className={styles.field}>
            <Input value={name} maxLength={120} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field label={s.type} className={styles.field}>
            <Select value={type} onChange={(_, d) => setType(d.value as ReviewCycleType)}>
              {(Object.keys(reviewStrings.cycleTypes) as ReviewCycleType[]).map((t) => (
                <option key={t} value={t}>
                  {reviewStrings.cycleTypes[t]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={s.periodStart} required className={styles.field}>
            <Input type="date" value={periodStart} onChange={(_, d) => setPeriodStart(d.value)} />
          </Field>
          <Field label={s.periodEnd} required className={styles.field}>
            <Input type="date" value={periodEnd} onChange={(_, d) => setPeriodEnd(d.value)} />
          </Field>
        </div>
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.participants}
        </Text>
        <RadioGroup aria-label={s.participants} layout="horizontal" className={styles.choices} value={participantKind} onChange={(_, d) => setParticipantKind(d.value as ParticipantsView['kind'])}>
          <Radio value="all" label={s.all} />
          <Radio value="teams" label={s.byTeam} />
          <Radio value="departments" label={s.byDepartment} disabled={allDepartments.length === 0} />
        </RadioGroup>
        {participantKind === 'teams' && (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{s.chooseTeams}</legend>
            <div className={styles.choices}>
              {app.teams.map((t) => (
                <Checkbox key={t.id} label={t.name} checked={teamIds.includes(t.id)} onChange={(_, d) => setTeamIds((list) => toggle(list, t.id, d.checked === true))} />
              ))}
            </div>
          </fieldset>
        )}
        {participantKind === 'departments' && (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{s.chooseDepartments}</legend>
            <div className={styles.choices}>
              {allDepartments.map((d) => (
                <Checkbox key={d} label={d} checked={departments.includes(d)} onChange={(_, c) => setDepartments((list) => toggle(list, d, c.checked === true))} />
              ))}
            </div>
          </fieldset>
        )}
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.template}
        </Text>
        <Text as="h4" weight="semibold">
          {s.competencies}
        </Text>
        {competencies.map((c, i) => (
          <div key={c.key} className={styles.item} data-competency-draft={i + 1}>
            <div className={styles.row}>
              <Field label={`${s.competency(i + 1)}: ${s.competencyName}`} required className={styles.field}>
                <Input value={c.name} maxLength={80} onChange={(_, d) => patchCompetency(c.key, { name: d.value })} />
              </Field>
              <Field label={`${s.competency(i + 1)}: ${s.competencyDescription}`} className={styles.field}>
                <Input value={c.description} maxLength={300} onChange={(_, d) => patchCompetency(c.key, { description: d.value })} />
              </Field>
            </div>
            <Field label={`${s.competency(i + 1)}: ${s.scaleLabels}`} validationMessage={scaleOk(c.scale) ? undefined : s.scaleProblem}>
              <Textarea value={c.scale} rows={5} onChange={(_, d) => patchCompetency(c.key, { scale: d.value })} />
            </Field>
            {competencies.length > 1 && (
              <div className={styles.row}>
                <Button size="small" appearance="subtle" onClick={() => setCompetencies((list) => list.filter((x) => x.key !== c.key))}>
                  {s.removeCompetency(i + 1)}
                </Button>
              </div>
            )}
          </div>
        ))}
        <div className={styles.row}>
          <Button disabled={competencies.length >= 20} onClick={() => setCompetencies((list) => [...list, competency()])}>
            {s.addCompetency}
          </Button>
        </div>
        <Text as="h4" weight="semibold">
          {s.questions}
        </Text>
        {questions.map((q, i) => (
          <div key={q.key} className={styles.item}>
            <Field label={s.question(i + 1)} required>
              <Input value={q.text} maxLength={300} onChange={(_, d) => patchQuestion(q.key, { text: d.value })} />
            </Field>
            <div className={styles.row}>
              <Checkbox label={s.questionRequired} checked={q.required} onChange={(_, d) => patchQuestion(q.key, { required: d.checked === true })} />
              <Button size="small" appearance="subtle" onClick={() => setQuestions((list) => list.filter((x) => x.key !== q.key))}>
                {s.removeQuestion(i + 1)}
              </Button>
            </div>
          </div>
        ))}
        <div className={styles.row}>
          <Button disabled={questions.length >= 20} onClick={() => setQuestions((list) => [...list, question()])}>
            {s.addQuestion}
          </Button>
        </div>
        <Field label={s.overallScale} validationMessage={scaleOk(overallScale) ? undefined : s.scaleProblem}>
          <Textarea value={overallScale} rows={5} onChange={(_, d) => setOverallScale(d.value)} />
        </Field>
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.deadlines}
        </Text>
        <div className={styles.row}>
          {(['self', 'peer', 'manager', 'calibration'] as const).map((phase) => (
            <Field key={phase} label={reviewStrings.phases[phase]} required className={styles.field}>
              <Input type="date" value={deadlines[phase]} onChange={(_, d) => setDeadlines((x) => ({ ...x, [phase]: d.value }))} />
            </Field>
          ))}
        </div>
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.anonymity}
        </Text>
        <RadioGroup aria-label={s.anonymity} value={anonymity} onChange={(_, d) => setAnonymity(d.value as AnonymityMode)}>
          {(Object.keys(reviewStrings.anonymityModes) as AnonymityMode[]).map((m) => (
            <Radio key={m} value={m} label={reviewStrings.anonymityModes[m]} />
          ))}
        </RadioGroup>
        {anonymity !== 'attributed' && (
          <Field label={s.threshold} className={styles.field}>
            <SpinButton min={2} max={20} value={threshold} onChange={(_, d) => setThreshold(d.value ?? (Number(d.displayValue) || threshold))} />
          </Field>
        )}
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.compensation}
        </Text>
        <Switch label={s.compensationOn} checked={compensation} onChange={(_, d) => setCompensation(d.checked)} />
        {compensation && <Switch label={s.compensationVisible} checked={compensationVisible} onChange={(_, d) => setCompensationVisible(d.checked)} />}
      </Card>

      {problem && (
        <Text role="alert" weight="semibold">
          {problem}
        </Text>
      )}
      <ActionStatus action={action} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={action.busy}>
          {s.create}
        </Button>
      </div>
    </form>
  );
}
