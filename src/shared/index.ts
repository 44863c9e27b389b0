export { merge } from './objects';
export { isCallRecord, isCallRecordView, readCallRecordInput } from './readCallRecordInput';
export type { CallRecordInput } from './readCallRecordInput';
export { viewOfCallRecordInput } from './viewOfCallRecordInput';
export type { CallRecordShown } from './viewOfCallRecordInput';
