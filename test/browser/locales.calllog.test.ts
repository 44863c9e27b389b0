// The call history's "today" and "yesterday" in Chromium's own ICU (test/relativeDays.ts), for every
// locale of the registry: the browser is where the list is rendered.
import { describeRelativeDays } from '../relativeDays';

describeRelativeDays();
