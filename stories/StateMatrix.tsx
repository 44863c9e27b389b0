import { styled } from 'styled-components';
import { CallRecordBubble } from '../src';
import type { CallRecord, CallStatus, CallType } from '../src';
import { BASE_TIME, CALL_TYPES, SIDES, STATUSES, makeRecord } from './data';
import type { Side } from './data';
import { Caption, ChatColumn } from './layout';

const STATUS_TITLES: Record<CallStatus, string> = {
  completed: 'Completed',
  cancelled: 'Cancelled by the caller',
  rejected: 'Rejected by the callee',
  timeout: 'Not answered (timeout)',
  busy: 'Callee busy',
};
const TYPE_TITLES: Record<CallType, string> = { audio: 'Audio', video: 'Video' };

/** 5 statuses × 2 media × 2 sides, created once so every render passes the same objects. */
const MATRIX: ReadonlyArray<{
  status: CallStatus;
  columns: ReadonlyArray<{ callType: CallType; records: ReadonlyArray<{ side: Side; record: CallRecord }> }>;
}> = STATUSES.map((status, s) => ({
  status,
  columns: CALL_TYPES.map((callType, t) => ({
    callType,
    records: SIDES.map((side, i) => ({
      side,
      record: makeRecord({
        status,
        callType,
        side,
        timestamp: BASE_TIME + ((s * 4 + t * 2 + i) * 7 + 5) * 60_000,
      }),
    })),
  })),
}));

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 320px));
  column-gap: 32px;
  row-gap: 4px;
  align-items: start;
`;

const Row = styled.section`
  display: contents;
`;

const FullWidth = styled.div`
  grid-column: 1 / -1;
`;

/** Props of {@link StateMatrix}. */
export interface StateMatrixProps {
  /** Overrides the toolbar locale (which reaches the bubbles through `CallRecordProvider`). */
  locale?: string;
  showTime?: boolean;
}

/**
 * Every state of the bubble: rows are the five statuses, columns audio and video;
 * in each cell bob's record (inline-start) above alice's own (inline-end).
 */
export function StateMatrix({ locale, showTime = true }: StateMatrixProps) {
  return (
    <Grid>
      {CALL_TYPES.map((callType) => (
        <Caption key={callType}>{TYPE_TITLES[callType]}</Caption>
      ))}
      {MATRIX.map(({ status, columns }) => (
        <Row key={status} aria-label={STATUS_TITLES[status]}>
          <FullWidth>
            <Caption>{STATUS_TITLES[status]}</Caption>
          </FullWidth>
          {columns.map(({ callType, records }) => (
            <ChatColumn key={callType} $width={320}>
              {records.map(({ side, record }) => (
                <CallRecordBubble key={side} record={record} locale={locale} showTime={showTime} />
              ))}
            </ChatColumn>
          ))}
        </Row>
      ))}
    </Grid>
  );
}
