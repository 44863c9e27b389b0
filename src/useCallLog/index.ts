export { useCallLog } from './useCallLog';
export type { UseCallLogOptions, UseCallLogResult } from './useCallLog';
