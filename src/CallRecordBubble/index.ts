export { CallRecordBubble } from './CallRecordBubble';
export type { CallRecordBubbleProps } from './CallRecordBubble';
export { callIcon } from './icons';
