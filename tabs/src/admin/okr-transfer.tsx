import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client.js';
import type { Cycle, ImportIssue, ImportReport } from '../api/types.js';
import { useApp } from '../app-context.js';
import { describeError } from '../components/describe-error.js';
import { strings } from '../strings.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's limit (MAX_IMPORT_BYTES); checked here too so nobody uploads 50 MB to hear it. */
const MAX_BYTES = 5 * 1024 * 1024;
/** Rows of a findings table shown at once; the rest are counted. */
const SHOWN_ISSUES = 200;
const SHOWN_CHANGES = 50;

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  issues: { minWidth: '36rem' },
  narrow: { width: '5rem' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const fileNameOf = (disposition: string | null, fallback: string): string => {
  const exact = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  if (exact) return decodeURIComponent(exact[1]!);
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
};

async function downloadExport(api: ApiClient, cycle: Cycle, format: 'csv' | 'xlsx'): Promise<void> {
  const response = await api.raw('GET', `/cycles/${encodeURIComponent(cycle.id)}/export?format=${format}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), `tandem-okrs.${format}`);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const formatOf = (file: File): 'csv' | 'xlsx' | null => (/\.xlsx$/i.test(file.name) ? 'xlsx' : /\.csv$/i.test(file.name) ? 'csv' : null);

/** Sends the file: a dry run that reports, or the import itself. An import with errors answers 422 with the same report. */
async function sendImport(api: ApiClient, cycle: Cycle, file: File, format: 'csv' | 'xlsx', dryRun: boolean): Promise<ImportReport> {
  try {
    const response = await api.raw('POST', `/cycles/${encodeURIComponent(cycle.id)}/import?dryRun=${dryRun}`, {
      body: await file.arrayBuffer(),
      contentType: format === 'xlsx' ? XLSX_TYPE : 'text/csv',
    });
    return (await response.json()) as ImportReport;
  } catch (error) {
    const report = error instanceof ApiError ? (error.details.report as ImportReport | undefined) : undefined;
    if (error instanceof ApiError && error.code === 'IMPORT.HAS_ERRORS' && report) return report;
    throw error;
  }
}

function IssueTable({ issues, label }: { issues: readonly ImportIssue[]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <Table size="small" aria-label={label} className={styles.issues} data-import-issues={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.narrow}>{strings.transfer.columns.row}</TableHeaderCell>
            <TableHeaderCell>{strings.transfer.columns.column}</TableHeaderCell>
            <TableHeaderCell>{strings.transfer.columns.code}</TableHeaderCell>
            <TableHeaderCell>{strings.transfer.columns.message}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
            <TableRow key={n}>
              <TableCell>{i.row ?? strings.transfer.wholeFile}</TableCell>
              <TableCell>{i.column ?? '—'}</TableCell>
              <TableCell><span className={styles.code}>{i.code}</span></TableCell>
              <TableCell>{i.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {issues.length > SHOWN_ISSUES && <Text>{strings.transfer.more(issues.length - SHOWN_ISSUES)}</Text>}
    </div>
  );
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly file: File }
  | { readonly kind: 'checked'; readonly file: File; readonly format: 'csv' | 'xlsx'; readonly report: ImportReport }
  | { readonly kind: 'importing'; readonly file: File; readonly format: 'csv' | 'xlsx'; readonly report: ImportReport }
  | { readonly kind: 'done'; readonly report: ImportReport };

/** OKR admins: export a cycle to CSV or Excel, import a file with a dry run first. */
export function OkrTransfer({ cycle }: { cycle: Cycle }) {
  const app = useApp();
  const styles = useStyles();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  const exportAs = (format: 'csv' | 'xlsx') => {
    setExporting(format);
    setError(null);
    downloadExport(app.api, cycle, format)
      .catch((e: unknown) => setError(describeError(e)))
      .finally(() => setExporting(null));
  };

  const reset = () => {
    setStep({ kind: 'idle' });
    setError(null);
    if (input.current) input.current.value = '';
  };

  const check = (file: File | undefined) => {
    setError(null);
    if (!file) return reset();
    const format = formatOf(file);
    if (!format) return setError(strings.transfer.wrongType);
    if (file.size > MAX_BYTES) return setError(strings.transfer.tooLarge);
    setStep({ kind: 'checking', file });
    sendImport(app.api, cycle, file, format, true).then(
      (report) => setStep({ kind: 'checked', file, format, report }),
      (e: unknown) => {
        setStep({ kind: 'idle' });
        setError(describeError(e));
      },
    );
  };

  const apply = () => {
    if (step.kind !== 'checked') return;
    setStep({ ...step, kind: 'importing' });
    sendImport(app.api, cycle, step.file, step.format, false).then(
      (report) => {
        if (report.applied) {
          setStep({ kind: 'done', report });
          if (input.current) input.current.value = '';
          app.changed();
        } else setStep({ kind: 'checked', file: step.file, format: step.format, report });
      },
      (e: unknown) => {
        setStep({ kind: 'checked', file: step.file, format: step.format, report: step.report });
        setError(describeError(e));
      },
    );
  };

  const report = step.kind === 'checked' || step.kind === 'importing' || step.kind === 'done' ? step.report : null;
  const s = report?.summary;
  const changes = report ? report.changes.length : 0;

  return (
    <Card className={styles.card} data-okr-transfer>
      <Text as="h2" size={500} weight="semibold" id={`${inputId}-title`}>{strings.transfer.title}</Text>
      <Text>{strings.transfer.intro}</Text>
      <div className={styles.row}>
        <Button onClick={() => exportAs('csv')} disabled={exporting !== null}>{exporting === 'csv' ? strings.transfer.exporting : strings.transfer.exportCsv}</Button>
        <Button onClick={() => exportAs('xlsx')} disabled={exporting !== null}>{exporting === 'xlsx' ? strings.transfer.exporting : strings.transfer.exportXlsx}</Button>
      </div>

      <div className={styles.file}>
        <label htmlFor={inputId}>
          <Text weight="semibold">{strings.transfer.chooseFile}</Text>
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => check(e.target.files?.[0])}
          data-import-file
        />
        <Text size={200} id={`${inputId}-hint`}>{strings.transfer.fileHint}</Text>
      </div>

      <div aria-live="polite">
        {step.kind === 'checking' && <Text>{strings.transfer.checking(step.file.name)}</Text>}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {report && s && step.kind !== 'done' && (
          <MessageBar intent={report.errors.length > 0 ? 'error' : changes > 0 ? 'info' : 'success'} data-import-summary>
            <MessageBarBody>
              <MessageBarTitle>{report.errors.length > 0 ? strings.transfer.hasErrors(report.errors.length) : changes > 0 ? strings.transfer.ready : strings.transfer.nothingToDo}</MessageBarTitle>
              {strings.transfer.summary(s.rows, s.objectivesCreated, s.objectivesUpdated, s.objectivesUnchanged, s.keyResultsCreated, s.keyResultsUpdated)}
            </MessageBarBody>
          </MessageBar>
        )}
        {step.kind === 'done' && s && (
          <MessageBar intent="success" data-import-done>
            <MessageBarBody>
              <MessageBarTitle>{strings.transfer.imported}</MessageBarTitle>
              {strings.transfer.done(s.objectivesCreated, s.objectivesUpdated, s.objectivesUnchanged, s.keyResultsCreated, s.keyResultsUpdated)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {report && step.kind !== 'done' && report.errors.length > 0 && (
        <>
          <Text as="h3" weight="semibold">{strings.transfer.errorsTitle}</Text>
          <IssueTable issues={report.errors} label={strings.transfer.errorsTitle} />
        </>
      )}
      {report && step.kind !== 'done' && report.warnings.length > 0 && (
        <>
          <Text as="h3" weight="semibold">{strings.transfer.warningsTitle}</Text>
          <IssueTable issues={report.warnings} label={strings.transfer.warningsTitle} />
        </>
      )}
      {report && step.kind !== 'done' && report.errors.length === 0 && changes > 0 && (
        <>
          <Text as="h3" weight="semibold">{strings.transfer.changesTitle}</Text>
          <ul className={styles.changes} data-import-changes>
            {report.changes.slice(0, SHOWN_CHANGES).map((c) => (
              <li key={c.objectiveId}>
                <Text>{c.action === 'create' ? strings.transfer.willCreate(c.title, c.keyResults.created) : strings.transfer.willUpdate(c.title, c.changedColumns.join(', '))}</Text>
              </li>
            ))}
          </ul>
          {changes > SHOWN_CHANGES && <Text>{strings.transfer.more(changes - SHOWN_CHANGES)}</Text>}
        </>
      )}

      {(step.kind === 'checked' || step.kind === 'importing' || step.kind === 'done') && (
        <div className={styles.row}>
          {step.kind !== 'done' && (
            <Button appearance="primary" disabled={step.kind === 'importing' || report!.errors.length > 0 || changes === 0} onClick={apply}>
              {step.kind === 'importing' ? strings.transfer.importing : strings.transfer.importNow(changes)}
            </Button>
          )}
          <Button onClick={reset}>{step.kind === 'done' ? strings.transfer.another : strings.transfer.cancel}</Button>
        </div>
      )}
    </Card>
  );
}
