import { describe, expect, it } from 'vitest';
import {
  declaredLanguage,
  detectLanguage,
  languageText,
  letterCount,
  type Detector,
  type DetectorAnswer,
} from './detectLanguage.ts';
import { loadEldDetector } from './eldDetector.ts';

/** A detector that always answers `answer` and records what it was asked. */
function fake(answer: DetectorAnswer, asked: string[] = []): Detector {
  return (text) => {
    asked.push(text);
    return answer;
  };
}

const spanish: DetectorAnswer = { language: 'es', scores: { es: 0.82, pt: 0.7 }, reliable: true };

describe('languageText', () => {
  it('drops links, handles, hashtags, digits and emoji, keeping the words', () => {
    expect(languageText('@ana_k mira esto 😍 https://t.co/x1 #Verano 2024!! #PfizerBioNTech')).toBe(
      'mira esto',
    );
  });
  it('keeps the words of an e-mail address and of R&B', () => {
    expect(languageText('ana@example.org R&#B')).toBe('ana example org R B');
  });
  it('counts letters of any script', () => {
    expect(letterCount('مرحبا 123')).toBe(5);
    expect(letterCount('日本語')).toBe(3);
  });
});

describe('declaredLanguage', () => {
  it('reduces BCP 47 tags to ISO 639-1 and rejects the rest', () => {
    expect(declaredLanguage('pt-BR')).toBe('pt');
    expect(declaredLanguage(' EN ')).toBe('en');
    expect(declaredLanguage('')).toBeNull();
    expect(declaredLanguage('english')).toBeNull();
    expect(declaredLanguage(undefined)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('answers the detector on enough letters, after cleaning', () => {
    const asked: string[] = [];
    expect(detectLanguage('Qué día tan bonito en la playa 😍 @ana', fake(spanish, asked))).toBe(
      'es',
    );
    expect(asked).toEqual(['Qué día tan bonito en la playa']);
  });
  it('is unknown for short or emoji-only posts without a hint, without asking the detector', () => {
    const asked: string[] = [];
    expect(detectLanguage('lol ok', fake(spanish, asked))).toBe('unknown');
    expect(detectLanguage('😍😍😍', fake(spanish, asked))).toBe('unknown');
    expect(asked).toEqual([]);
  });
  it('takes the declared language for a short post', () => {
    expect(detectLanguage('Obrigado!', fake(spanish), 'pt-BR')).toBe('pt');
  });
  it('lets the hint win when the detector rates it close to its first choice', () => {
    expect(detectLanguage('Muito obrigado a todos vocês', fake(spanish), 'pt')).toBe('pt');
  });
  it('overrules a wrong hint the text clearly contradicts', () => {
    const german: DetectorAnswer = {
      language: 'de',
      scores: { de: 0.84, sk: 0.5 },
      reliable: true,
    };
    expect(detectLanguage('Ich freue mich so sehr auf morgen', fake(german), 'en')).toBe('de');
  });
  it('gives a near tie with English to English, and a clear lead to the other language', () => {
    const tie: DetectorAnswer = { language: 'tl', scores: { tl: 0.77, en: 0.71 }, reliable: true };
    const lead: DetectorAnswer = { language: 'tl', scores: { tl: 0.77, en: 0.6 }, reliable: true };
    expect(detectLanguage('Going out for my sister birthday tonight!', fake(tie))).toBe('en');
    expect(detectLanguage('Maligayang kaarawan sa iyo kaibigan', fake(lead))).toBe('tl');
  });
  it('is unknown when the detector is unsure and no hint agrees', () => {
    const unsure: DetectorAnswer = {
      language: 'pl',
      scores: { pl: 0.69, tr: 0.67 },
      reliable: false,
    };
    expect(detectLanguage('hahahaha okkkk yesss', fake(unsure))).toBe('unknown');
    expect(
      detectLanguage('nothing here to say', fake({ language: '', scores: {}, reliable: false })),
    ).toBe('unknown');
  });
});

describe('eld', () => {
  it('tells apart the seven languages of the goals on ordinary sentences', async () => {
    const detect = await loadEldDetector();
    const posts: Record<string, string> = {
      en: 'The train was late again and nobody told us anything',
      de: 'Der Zug hatte wieder Verspätung und niemand hat uns etwas gesagt',
      es: 'El tren volvió a llegar tarde y nadie nos dijo nada',
      fr: 'Le train était encore en retard et personne ne nous a rien dit',
      it: 'Il treno era di nuovo in ritardo e nessuno ci ha detto niente',
      pt: 'O comboio atrasou outra vez e ninguém nos disse nada',
      ar: 'تأخر القطار مرة أخرى ولم يخبرنا أحد بأي شيء',
    };
    for (const [lang, text] of Object.entries(posts))
      expect(detectLanguage(text, detect)).toBe(lang);
  });
});
