export type { CallRecordTheme } from './CallRecordTheme';
export { lightTheme } from './lightTheme';
export { darkTheme } from './darkTheme';
export {
  CALL_RECORD_THEME_VARS,
  TOKEN_FALLBACKS,
  appTokenValue,
  themeVariableName,
  tokenValue,
} from './cssVariableNames';
export { CALL_RECORD_THEME_KEY, themeVariablesStyle } from './themeVariablesStyle';
export type { ThemeVariablesStyle } from './themeVariablesStyle';
