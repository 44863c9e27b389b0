import { describe, expect, it } from 'vitest';
import { de } from '../src/format/locales/de';
import { es } from '../src/format/locales/es';
import { fr } from '../src/format/locales/fr';
import { it as italian } from '../src/format/locales/it';
import { nl } from '../src/format/locales/nl';
import { pl } from '../src/format/locales/pl';
import { ptBR } from '../src/format/locales/pt-BR';
import { ru } from '../src/format/locales/ru';
import { uk } from '../src/format/locales/uk';
import type { CallRecordLocale, CallRecordMessages } from '../src/format/types';

/** What each opt-in locale of this part must declare about itself, written out literally. */
interface LocaleFacts {
  readonly locale: CallRecordLocale;
  readonly code: string;
  readonly name: string;
  readonly pluralCategories: readonly string[];
}

const locales = [
  { locale: es, code: 'es', name: 'Español', pluralCategories: ['many', 'one', 'other'] },
  { locale: ptBR, code: 'pt-BR', name: 'Português (Brasil)', pluralCategories: ['many', 'one', 'other'] },
  { locale: fr, code: 'fr', name: 'Français', pluralCategories: ['many', 'one', 'other'] },
  { locale: de, code: 'de', name: 'Deutsch', pluralCategories: ['one', 'other'] },
  { locale: italian, code: 'it', name: 'Italiano', pluralCategories: ['many', 'one', 'other'] },
  { locale: ru, code: 'ru', name: 'Русский', pluralCategories: ['few', 'many', 'one', 'other'] },
  { locale: uk, code: 'uk', name: 'Українська', pluralCategories: ['few', 'many', 'one', 'other'] },
  { locale: pl, code: 'pl', name: 'Polski', pluralCategories: ['few', 'many', 'one', 'other'] },
  { locale: nl, code: 'nl', name: 'Nederlands', pluralCategories: ['one', 'other'] },
] satisfies readonly LocaleFacts[];

/** The placeholders each template may hold, sorted; every other string holds none. */
const placeholders = {
  completed: ['{duration}'],
  missedCallsSpoken: ['{media}', '{text}'],
  label: ['{call}', '{outcome}'],
  spokenDuration: ['{duration}', '{text}'],
  withTime: ['{label}', '{time}'],
  withAction: ['{action}', '{label}'],
} satisfies Partial<Record<keyof CallRecordMessages, readonly string[]>>;

/** Keys whose value is not a plain string (checked on their own) or is whitespace by design. */
const notPlainText: ReadonlySet<string> = new Set(['missedCalls', 'units', 'unitSeparator']);

const placeholdersIn = (text: string): string[] => (text.match(/\{[^}]*\}/g) ?? []).sort();

const plainStrings = (messages: CallRecordMessages): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    !notPlainText.has(key) && typeof value === 'string' ? [[key, value]] : [],
  );

describe.each(locales)('opt-in locale $code', ({ locale, code, name, pluralCategories }) => {
  it('names itself and its direction', () => {
    expect(locale.code).toBe(code);
    expect(locale.name).toBe(name);
    expect(locale.dir).toBe('ltr');
  });

  it('has a missedCalls form for exactly the plural categories of its code', () => {
    expect(new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort()).toEqual(
      pluralCategories,
    );
    expect(Object.keys(locale.messages.missedCalls).sort()).toEqual(pluralCategories);
    for (const form of Object.values(locale.messages.missedCalls)) {
      expect(placeholdersIn(form)).toEqual(['{count}']);
      expect(form).toBe(form.trim());
    }
  });

  it('fills every string, without padding, with only its documented placeholders', () => {
    const strings = plainStrings(locale.messages);
    expect(strings).toHaveLength(31);
    for (const [key, text] of strings) {
      expect(text, key).not.toBe('');
      expect(text, key).toBe(text.trim());
      const allowed: readonly string[] = placeholders[key as keyof typeof placeholders] ?? [];
      expect(placeholdersIn(text), key).toEqual(allowed);
    }
  });

  it('uses the long unit names of Intl and joins units with a space', () => {
    expect(locale.messages.units).toBeNull();
    expect(locale.messages.unitSeparator).toBe(' ');
  });
});

describe('plural forms that must differ', () => {
  it.each([ru, uk, pl])('$code: few and many are not the one form', (locale) => {
    const { one, few, many } = locale.messages.missedCalls;
    expect(few).not.toBe(one);
    expect(many).not.toBe(one);
    expect(few).not.toBe(many);
  });

  it('ru, uk and pl count missed calls in their own grammar', () => {
    expect(ru.messages.missedCalls).toEqual({
      one: '{count} пропущенный звонок',
      few: '{count} пропущенных звонка',
      many: '{count} пропущенных звонков',
      other: '{count} пропущенного звонка',
    });
    expect(uk.messages.missedCalls.few).toBe('{count} пропущені дзвінки');
    expect(uk.messages.missedCalls.many).toBe('{count} пропущених дзвінків');
    expect(pl.messages.missedCalls.few).toBe('{count} nieodebrane połączenia');
    expect(pl.messages.missedCalls.many).toBe('{count} nieodebranych połączeń');
  });
});

describe('spot checks against the dialers and messengers the wording comes from', () => {
  it('es', () => {
    expect(es.messages.timeoutCallee).toBe('Llamada perdida');
    expect(es.messages.timeoutCaller).toBe('Sin respuesta');
    expect(es.messages.timeoutUnknown).toBe('Llamada no atendida');
    expect(es.messages.incomingVideoCall).toBe('Videollamada entrante');
  });

  it('pt-BR', () => {
    expect(ptBR.messages.cancelledCallee).toBe('Chamada perdida');
    expect(ptBR.messages.rejectedCallee).toBe('Você recusou a chamada');
    expect(ptBR.messages.outgoingAudioCall).toBe('Chamada de voz efetuada');
    expect(ptBR.messages.callBack).toBe('Retornar chamada');
  });

  it('fr, with a narrow no-break space before the colon only', () => {
    expect(fr.messages.timeoutCallee).toBe('Appel manqué');
    expect(fr.messages.timeoutCaller).toBe('Pas de réponse');
    expect(fr.messages.incomingAudioCall).toBe('Appel vocal entrant');
    expect(fr.messages.completed).toBe('Durée de l’appel\u202f: {duration}');
    expect(fr.messages.label).toBe('{call}, {outcome}');
    expect(fr.messages.missedCalls.many).toBe('{count} appels manqués');
  });

  it('de, nouns capitalised', () => {
    expect(de.messages.timeoutCallee).toBe('Entgangener Anruf');
    expect(de.messages.busyCaller).toBe('Besetzt');
    expect(de.messages.outgoingVideoCall).toBe('Ausgehender Videoanruf');
    expect(de.messages.audio).toBe('Audio');
    expect(de.messages.callBack).toBe('Zurückrufen');
  });

  it('it', () => {
    expect(italian.messages.timeoutCallee).toBe('Chiamata persa');
    expect(italian.messages.rejectedCallee).toBe('Hai rifiutato la chiamata');
    expect(italian.messages.incomingVideoCall).toBe('Videochiamata in arrivo');
    expect(italian.messages.callBack).toBe('Richiama');
  });

  it('ru', () => {
    expect(ru.messages.timeoutCallee).toBe('Пропущенный звонок');
    expect(ru.messages.timeoutCaller).toBe('Нет ответа');
    expect(ru.messages.rejectedCallee).toBe('Вы отклонили звонок');
    expect(ru.messages.incomingAudioCall).toBe('Входящий голосовой звонок');
  });

  it('uk', () => {
    expect(uk.messages.timeoutCallee).toBe('Пропущений дзвінок');
    expect(uk.messages.timeoutUnknown).toBe('Дзвінок без відповіді');
    expect(uk.messages.videoCall).toBe('Відеодзвінок');
    expect(uk.messages.callBack).toBe('Передзвонити');
  });

  it('pl', () => {
    expect(pl.messages.timeoutCallee).toBe('Nieodebrane połączenie');
    expect(pl.messages.timeoutCaller).toBe('Brak odpowiedzi');
    expect(pl.messages.outgoingAudioCall).toBe('Wychodzące połączenie głosowe');
    expect(pl.messages.callBack).toBe('Oddzwoń');
  });

  it('nl', () => {
    expect(nl.messages.timeoutCallee).toBe('Gemiste oproep');
    expect(nl.messages.timeoutUnknown).toBe('Onbeantwoorde oproep');
    expect(nl.messages.incomingAudioCall).toBe('Inkomende spraakoproep');
    expect(nl.messages.callBack).toBe('Terugbellen');
  });
});
