export { merge } from './objects';
export { readCallRecordInput } from './readCallRecordInput';
export { viewOfCallRecordInput } from './viewOfCallRecordInput';
export type { CallRecordShown } from './viewOfCallRecordInput';
