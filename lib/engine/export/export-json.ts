import type { Report } from '../model/report';
import { maskDeep, secretsOf } from './mask';

export interface ExportOptions {
  /** The user chose to reveal values in the export; masked otherwise. */
  unmasked: boolean;
}

/** Identifies the export format, so a later Tokki (or a script) can read old files. */
const EXPORT_FORMAT = 'tokki-report/1';

/**
 * Serialises a report as pretty JSON for the export button: masked unless the user unmasked.
 *
 * @example reportToJson(report, { unmasked: false })
 */
export function reportToJson(report: Report, options: ExportOptions): string {
  const body = options.unmasked ? report : maskDeep(report, secretsOf(report));
  return JSON.stringify(
    { format: EXPORT_FORMAT, masked: !options.unmasked, report: body },
    null,
    2,
  );
}
