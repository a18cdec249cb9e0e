import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { RatingScaleView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** A rating on a labelled scale: one radio per point, each showing its label, so the scale explains itself. */
export function RatingField({
  label,
  hint,
  scale,
  value,
  onChange,
  required = false,
  disabled = false,
}: {
  label: string;
  hint?: string;
  scale: RatingScaleView;
  value: number | null | undefined;
  onChange: (value: number) => void;
  required?: boolean;
  disabled?: boolean;
}) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} required={required}>
      <RadioGroup
        className={styles.group}
        layout="horizontal"
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(_, d) => onChange(Number(d.value))}
        disabled={disabled}
      >
        {scale.points.map((p) => (
          <Radio key={p.value} value={String(p.value)} label={reviewStrings.common.ratingOption(p.value, p.label)} />
        ))}
      </RadioGroup>
    </Field>
  );
}
