export { CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS, darkTheme, lightTheme } from './tokens';
export type { CallRecordTheme } from './tokens';
export { themeVariablesStyle } from './getTheme';
