export { CallLog } from './CallLog';
export type { CallLogPerson, CallLogProps, CallLogRowProps } from './CallLog';
