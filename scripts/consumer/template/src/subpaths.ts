// The package's subpath entries, as an app imports them: type-checked under both the app's
// `moduleResolution: "Bundler"` and the older `"node"` (node10) that reads `typesVersions`.
import { formatCallRecord, parseCallRecord } from 'react-call-records/core';
import type { CallRecordLocale } from 'react-call-records/core';
import { fr } from 'react-call-records/locales';

const french: CallRecordLocale = fr;
const parsed = parseCallRecord('{"type":1,"channelId":7,"status":4,"durations":[]}');

/** A French label through the subpath entries (unused by the app; it exists to be type-checked). */
export const frenchLabel: string = parsed.ok ? formatCallRecord(parsed.record, { locale: french }).text : '';
