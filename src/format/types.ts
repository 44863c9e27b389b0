// The locale types are options' types (what an app passes as `locale` and `messages`), declared with the
// options at the bottom of the flow; the locale files and formatters read them through this file.
export type { CallRecordLocale, CallRecordMessages, PluralMessage } from '../options/CallRecordLocale';
