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
import { describeLocaleStructure } from './localeStructure';
import type { LocaleFacts } from './localeStructure';

/** The opt-in locales of this part, as they must declare themselves. */
const LOCALES = [
  {
    locale: es,
    code: 'es',
    name: 'Español',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['many', 'one', 'other'],
  },
  {
    locale: ptBR,
    code: 'pt-BR',
    name: 'Português (Brasil)',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['many', 'one', 'other'],
  },
  {
    locale: fr,
    code: 'fr',
    name: 'Français',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['many', 'one', 'other'],
  },
  {
    locale: de,
    code: 'de',
    name: 'Deutsch',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['one', 'other'],
  },
  {
    locale: italian,
    code: 'it',
    name: 'Italiano',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['many', 'one', 'other'],
  },
  {
    locale: ru,
    code: 'ru',
    name: 'Русский',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['few', 'many', 'one', 'other'],
  },
  {
    locale: uk,
    code: 'uk',
    name: 'Українська',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['few', 'many', 'one', 'other'],
  },
  {
    locale: pl,
    code: 'pl',
    name: 'Polski',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['few', 'many', 'one', 'other'],
  },
  {
    locale: nl,
    code: 'nl',
    name: 'Nederlands',
    dir: 'ltr',
    unitSeparator: ' ',
    pluralCategories: ['one', 'other'],
  },
] satisfies readonly LocaleFacts[];

describeLocaleStructure(LOCALES);

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
