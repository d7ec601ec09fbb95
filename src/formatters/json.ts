// The JSON report: a documented, versioned shape (see README, "JSON output"). Bump
// JSON_SCHEMA_VERSION when a field changes meaning or disappears; adding fields is compatible.
import { reportIndent, safeJson } from './escape.js';
import { failuresOf, type FormatOptions, type Report } from './report.js';

export const JSON_SCHEMA_VERSION = 1;

export function formatJson(report: Report, options: FormatOptions): string {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
  const count = (s: string) => visible.filter((f) => f.severity === s).length;
  const failures = failuresOf(report);
  return safeJson(
    JSON.stringify(
      {
        version: JSON_SCHEMA_VERSION,
        tool: { name: 'chaimeleon-lint', version: report.toolVersion },
        summary: {
          files: report.files.length,
          errors: count('error'),
          warnings: count('warning'),
          infos: count('info'),
          suppressed: report.findings.filter((f) => f.suppressed).length,
          failures: failures.length,
        },
        // What could not be reviewed: when not empty, the run failed (exit code 2) whatever the findings.
        failures: failures.map((f) => ({ file: f.file, message: f.message })),
        files: report.files,
        // Dockerfiles not reviewed as images (left-overs, not built): not failures.
        skipped: (report.skipped ?? []).map((s) => ({ path: s.path, reason: s.reason })),
        findings: visible.map((f) => ({
          code: f.code,
          slug: f.slug,
          severity: f.severity,
          message: f.message,
          file: f.file,
          range: f.range,
          related: f.related,
          ...(f.fix ? { fix: f.fix } : {}),
          ...(f.url ? { url: f.url } : {}),
        })),
      },
      null,
      reportIndent(visible.length),
    ) + '\n',
  );
}
