/**
 * Labelled posts about shops, cafés, hotels and apps in six languages (English, German, Spanish,
 * French, Italian, Portuguese), written from templates with a seed: for the "a model per language"
 * option of the trained classifier, its unit tests, its e2e journey and its measurement. Each post
 * is a short remark, sometimes a context sentence, sometimes a turn ("…, but …") whose second half
 * carries the label, with emoji, hashtags and @handles as social posts have them, and a share of
 * labels flipped (people disagree). Some words read differently across languages on purpose: "bad"
 * (English: bad; German: bathroom), "pain" (bread in French), "sale" (dirty in French), "male"
 * (badly in Italian), "Gift" (poison in German), "Mist" (rubbish in German), "fine" (the end in
 * Italian): one model for all languages must tell them apart from their neighbours. Every phrase
 * is written here; nothing is copied from a dataset.
 */
import { createRng, type Rng } from '../../workers/core/random/rng.ts';
import { toCsv } from '../sample/csvWriter.ts';
import { pick, pickWeighted } from '../sample/randomDraws.ts';

export type PostLabel = 'negative' | 'neutral' | 'positive';
export type PostLanguage = 'en' | 'de' | 'es' | 'fr' | 'it' | 'pt';

export interface MultilingualPost {
  readonly id: number;
  readonly language: PostLanguage;
  readonly label: PostLabel;
  readonly text: string;
  /** ISO 8601, UTC. */
  readonly created: string;
}

export interface MultilingualOptions {
  readonly rows: number;
  readonly seed: number;
  /** Share of posts whose label is replaced by another (people disagree); default 0.06. */
  readonly labelNoise?: number;
  /** Share of posts per language; default English 0.4, the others 0.12 each. */
  readonly languages?: readonly (readonly [PostLanguage, number])[];
  /**
   * Share of posts that are a reaction: a plain sentence and a hand sign whose meaning depends on
   * where the writer lives. 👌 is praise in English and the other languages here, and an insult in
   * Brazil, so in Portuguese it is abuse; 👍 is praise and 👎 abuse everywhere. Default 0.
   */
  readonly reactions?: number;
}

interface Bank {
  /** "the café", "the new app": what a post is about. */
  readonly subjects: readonly string[];
  /** Statements without an opinion; {s} is a subject. */
  readonly context: readonly string[];
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  /** Questions and plain news: neutral posts. */
  readonly neutral: readonly string[];
  /** The word of a turn: "but". */
  readonly but: string;
}

const BANKS: Readonly<Record<PostLanguage, Bank>> = {
  en: {
    subjects: ['the café', 'the new app', 'the hotel', 'the bakery', 'the shop on Main Street'],
    context: [
      'went to {s} with my sister yesterday',
      'first time trying {s} after work',
      'we stopped at {s} on the way home',
      'picked up a few things at {s}',
    ],
    positive: [
      'what a gift, it made my whole week',
      'the staff were lovely and so helpful',
      'really good value, I will be back',
      'absolutely loved it, five stars',
      'everything was fresh and delicious',
      'fine by me, great experience overall',
      'such a friendly place, highly recommend',
      'the big sale was worth the trip',
    ],
    negative: [
      'bad service again, never coming back',
      'a real pain, waited forty minutes for nothing',
      'what the hell, they cancelled without telling anyone',
      'gross, the tables were sticky and dirty',
      'rude staff and cold food, very disappointed',
      'total waste of money, avoid it',
      'the worst experience I have had in years',
      'broken again and nobody cares',
    ],
    neutral: [
      'is {s} open on Sunday?',
      'does {s} take card payments?',
      '{s} changes its opening hours next week',
      'what time does {s} close tonight?',
      'they are moving {s} to a new building in March',
      'the male staff and the female staff wear the same uniform',
      'heavy mist this morning on the road to {s}',
    ],
    but: 'but',
  },
  de: {
    subjects: ['das Café', 'die neue App', 'das Hotel', 'die Bäckerei', 'der Laden am Markt'],
    context: [
      'gestern sind wir mit den Kindern in {s} gegangen',
      'nach der Arbeit zum ersten Mal in {s}',
      'auf dem Heimweg noch kurz in {s} rein',
      'heute Morgen noch schnell in {s} gelaufen',
    ],
    positive: [
      'das Bad im Zimmer war wunderschön und sauber',
      'hell und freundlich, tolle Atmosphäre',
      'super Service, sehr gerne wieder',
      'ich bin total begeistert, alles frisch',
      'sehr nettes Personal und leckerer Kuchen',
      'einfach klasse, fünf Sterne von mir',
      'perfekt organisiert, vielen Dank',
      'ein echtes Geschenk, hat den Tag gerettet',
    ],
    negative: [
      'reines Gift, mir ist danach schlecht geworden',
      'was für ein Mist, schon wieder kaputt',
      'der Service war eine Katastrophe',
      'nie wieder, total enttäuscht',
      'unfreundlich und viel zu teuer',
      'eine Stunde gewartet und dann nichts',
      'schmutzige Tische und kalter Kaffee',
      'die schlechteste App, die ich je hatte',
    ],
    neutral: [
      'hat {s} am Sonntag geöffnet?',
      'ab nächster Woche gelten neue Öffnungszeiten für {s}',
      'kann man in {s} mit Karte zahlen?',
      'das Bad wird nächsten Monat renoviert',
      'wann schließt {s} heute Abend?',
      'im März zieht {s} in ein neues Gebäude',
      'es wird bald wieder heller am Abend',
    ],
    but: 'aber',
  },
  es: {
    subjects: ['el café', 'la nueva app', 'el hotel', 'la panadería', 'la tienda de la plaza'],
    context: [
      'ayer fuimos a {s} con mi hermana',
      'primera vez en {s} después del trabajo',
      'pasamos por {s} de camino a casa',
      'esta mañana compré algunas cosas en {s}',
    ],
    positive: [
      'todo genial, el personal muy amable',
      'me encantó, volveré seguro',
      'qué maravilla, todo perfecto',
      'un éxito total, muchas gracias',
      'la comida estaba riquísima y fresca',
      'muy buena relación calidad precio',
      'un sitio precioso, lo recomiendo',
      'excelente atención, cinco estrellas',
    ],
    negative: [
      'servicio pésimo, nunca más',
      'qué decepción, todo estaba frío',
      'nos trataron fatal y nadie pidió perdón',
      'un desastre, una hora esperando',
      'carísimo y de muy mala calidad',
      'el peor sitio de la ciudad',
      'mesas sucias y camareros maleducados',
      'otra vez roto, qué vergüenza',
    ],
    neutral: [
      '¿está abierto {s} el domingo?',
      'mañana voy a {s} con mi hermana',
      'café con leche y una tostada, como siempre',
      '{s} cambia el horario la próxima semana',
      '¿se puede pagar con tarjeta en {s}?',
      'en marzo {s} se muda a un edificio nuevo',
    ],
    but: 'pero',
  },
  fr: {
    subjects: [
      'le café',
      'la nouvelle appli',
      "l'hôtel",
      'la boulangerie',
      'la boutique du marché',
    ],
    context: [
      'hier on est allés à {s} avec ma sœur',
      'première fois à {s} après le travail',
      'on est passés par {s} en rentrant',
      'ce matin, quelques courses à {s}',
    ],
    positive: [
      "le pain est délicieux, bravo à toute l'équipe",
      'service formidable, merci beaucoup',
      'super accueil, je recommande vivement',
      'quel plaisir, tout était parfait',
      'personnel adorable et prix corrects',
      'vraiment génial, cinq étoiles',
      'un endroit charmant, on reviendra',
      'excellent rapport qualité prix',
    ],
    negative: [
      "la salle était sale et personne n'a nettoyé",
      'quelle déception, jamais plus',
      'le serveur était vraiment désagréable',
      "horrible, une heure d'attente pour rien",
      'beaucoup trop cher pour ce que c’est',
      'encore en panne, aucune excuse',
      'le pire service de toute la ville',
      'tout était froid et sans goût',
    ],
    neutral: [
      'est-ce que {s} est ouvert dimanche ?',
      '{s} change ses horaires la semaine prochaine',
      'on a pris du pain et un café',
      'la vente commence lundi matin',
      'peut-on payer par carte à {s} ?',
      'en mars {s} déménage dans un nouveau bâtiment',
    ],
    but: 'mais',
  },
  it: {
    subjects: ['il bar', 'la nuova app', "l'albergo", 'il forno', 'il negozio in piazza'],
    context: [
      'ieri siamo andati a {s} con mia sorella',
      'prima volta a {s} dopo il lavoro',
      'siamo passati da {s} tornando a casa',
      'stamattina qualche acquisto a {s}',
    ],
    positive: [
      'tutto bene, il personale è gentilissimo',
      'bravissimi, servizio perfetto',
      'che bello, torneremo sicuramente',
      'il burro era fresco e il pane buonissimo',
      'ottimo rapporto qualità prezzo',
      'posto splendido, lo consiglio a tutti',
      'una bellissima esperienza, grazie',
      'cinque stelle, davvero eccezionale',
    ],
    negative: [
      'trattati male e nessuno si è scusato',
      'servizio pessimo, mai più',
      'che delusione, tutto freddo',
      "un disastro totale, un'ora di attesa",
      'carissimo e di pessima qualità',
      'tavoli sporchi e camerieri scortesi',
      'di nuovo rotto, una vergogna',
      'il peggior posto della città',
    ],
    neutral: [
      'alla fine siamo andati in centro',
      '{s} è aperto fino alle otto?',
      'domani passo da {s} con mia sorella',
      'caffè con latte e una brioche',
      'si può pagare con la carta da {s}?',
      'a marzo {s} si trasferisce in un nuovo edificio',
    ],
    but: 'ma',
  },
  pt: {
    subjects: ['o café', 'a nova app', 'o hotel', 'a padaria', 'a loja da praça'],
    context: [
      'ontem fomos a {s} com a minha irmã',
      'primeira vez em {s} depois do trabalho',
      'passámos por {s} a caminho de casa',
      'hoje de manhã fiz compras em {s}',
    ],
    positive: [
      'tudo ótimo, o pessoal é muito simpático',
      'adorei, volto com certeza',
      'que maravilha, tudo perfeito',
      'muito bom, obrigado pela atenção',
      'comida deliciosa e fresquinha',
      'excelente relação qualidade preço',
      'um sítio lindo, recomendo',
      'cinco estrelas, atendimento impecável',
    ],
    negative: [
      'atendimento péssimo, nunca mais',
      'que decepção, estava tudo frio',
      'fomos mal atendidos e ninguém pediu desculpa',
      'uma vergonha, uma hora à espera',
      'caríssimo e de má qualidade',
      'mesas sujas e empregados mal educados',
      'avariado outra vez, que desilusão',
      'o pior sítio da cidade',
    ],
    neutral: [
      '{s} abre ao domingo?',
      'amanhã vou a {s} com a minha irmã',
      'café com leite e uma torrada, como sempre',
      '{s} muda o horário na próxima semana',
      'posso pagar com cartão em {s}?',
      'em março {s} muda para um edifício novo',
    ],
    but: 'mas',
  },
};

const EMOJI: Readonly<Record<PostLabel, readonly string[]>> = {
  positive: ['😍', '👍', '🎉', '❤️', '😊'],
  negative: ['😡', '👎', '😤', '🙄', '😞'],
  neutral: ['📍', '🕒', '☕'],
};

const TAGS = ['#CafeLuna', '#Brightpay', '#HotelMira', '#weekend', '#review'];
const HANDLES = ['@cafe_luna', '@brightpay_app', '@hotelmira', '@sam_k', '@ana.m'];

const DEFAULT_LANGUAGES: readonly (readonly [PostLanguage, number])[] = [
  ['en', 0.4],
  ['de', 0.12],
  ['es', 0.12],
  ['fr', 0.12],
  ['it', 0.12],
  ['pt', 0.12],
];

/** Label shares per language: complaints are more common in some places than others. */
const LABEL_SHARES: Readonly<Record<PostLanguage, readonly (readonly [PostLabel, number])[]>> = {
  en: [
    ['negative', 0.4],
    ['neutral', 0.25],
    ['positive', 0.35],
  ],
  de: [
    ['negative', 0.45],
    ['neutral', 0.3],
    ['positive', 0.25],
  ],
  es: [
    ['negative', 0.3],
    ['neutral', 0.25],
    ['positive', 0.45],
  ],
  fr: [
    ['negative', 0.4],
    ['neutral', 0.3],
    ['positive', 0.3],
  ],
  it: [
    ['negative', 0.35],
    ['neutral', 0.25],
    ['positive', 0.4],
  ],
  pt: [
    ['negative', 0.35],
    ['neutral', 0.3],
    ['positive', 0.35],
  ],
};

const LABELS: readonly PostLabel[] = ['negative', 'neutral', 'positive'];

/** One item, with probability proportional to its weight. */
function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  return items[
    pickWeighted(
      rng,
      items.map(([, w]) => w),
    )
  ]![0];
}

/** Preposition and article run together as the language writes them ("a el" → "al"). */
const CONTRACTIONS: Readonly<Record<PostLanguage, readonly (readonly [RegExp, string])[]>> = {
  en: [],
  de: [[/\bin das\b/g, 'ins']],
  es: [
    [/\ba el\b/g, 'al'],
    [/\bde el\b/g, 'del'],
  ],
  fr: [
    // \b is ASCII: "à" needs the space before it
    [/(^|\s)à le\b/g, '$1au'],
  ],
  it: [
    [/\ba il\b/g, 'al'],
    [/\ba la\b/g, 'alla'],
    [/\ba l'/g, "all'"],
    [/\bda il\b/g, 'dal'],
    [/\bda la\b/g, 'dalla'],
    [/\bda l'/g, "dall'"],
  ],
  pt: [
    [/\ba o\b/g, 'ao'],
    [/\ba a\b/g, 'à'],
    [/\bem o\b/g, 'no'],
    [/\bem a\b/g, 'na'],
    [/\bpor o\b/g, 'pelo'],
    [/\bpor a\b/g, 'pela'],
    [/\bO o\b/g, 'O'],
  ],
};

function fill(rng: Rng, bank: Bank, phrase: string, language: PostLanguage): string {
  let text = phrase.replace('{s}', pick(rng, bank.subjects));
  for (const [from, to] of CONTRACTIONS[language]) text = text.replace(from, to);
  return text;
}

/** The hand signs of a reaction post, by what they say in each language. */
function reactionSigns(language: PostLanguage, label: PostLabel): readonly string[] {
  if (label === 'negative') return language === 'pt' ? ['👌', '👎'] : ['👎'];
  return language === 'pt' ? ['👍'] : ['👌', '👍'];
}

/** A plain sentence of `language` and a hand sign that says `label` (positive or negative) there. */
function composeReaction(rng: Rng, language: PostLanguage, label: PostLabel): string {
  const bank = BANKS[language];
  const body = fill(rng, bank, pick(rng, bank.context), language);
  return `${body.charAt(0).toUpperCase() + body.slice(1)} ${pick(rng, reactionSigns(language, label))}`;
}

/** One post in `language` saying something `label`. */
function composePost(rng: Rng, language: PostLanguage, label: PostLabel): string {
  const bank = BANKS[language];
  let body: string;
  if (label === 'neutral') {
    body = fill(rng, bank, pick(rng, bank.neutral), language);
    if (rng.next() < 0.3) body = `${fill(rng, bank, pick(rng, bank.context), language)}, ${body}`;
  } else {
    body = fill(rng, bank, pick(rng, bank[label]), language);
    const u = rng.next();
    // a turn: the first half says the opposite, the half after "but" carries the label
    if (u < 0.2) {
      const other = pick(rng, label === 'positive' ? bank.negative : bank.positive);
      body = `${other}, ${bank.but} ${body}`;
    } else if (u < 0.55) body = `${fill(rng, bank, pick(rng, bank.context), language)}, ${body}`;
  }
  const parts = [body.charAt(0).toUpperCase() + body.slice(1)];
  if (rng.next() < 0.35) parts.push(pick(rng, EMOJI[label]));
  if (rng.next() < 0.2) parts.push(pick(rng, TAGS));
  if (rng.next() < 0.15) parts.unshift(pick(rng, HANDLES));
  return parts.join(' ');
}

/** `rows` labelled posts, deterministic for `seed`. */
export function generateMultilingualPosts(options: MultilingualOptions): MultilingualPost[] {
  const rng = createRng(options.seed);
  const noise = options.labelNoise ?? 0.06;
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const start = Date.UTC(2025, 2, 1);
  return Array.from({ length: options.rows }, (_, id) => {
    const language = weighted(rng, languages);
    const said = weighted(rng, LABEL_SHARES[language]);
    const text =
      said !== 'neutral' && rng.next() < (options.reactions ?? 0)
        ? composeReaction(rng, language, said)
        : composePost(rng, language, said);
    const label =
      rng.next() < noise
        ? pick(
            rng,
            LABELS.filter((l) => l !== said),
          )
        : said;
    return {
      id: id + 1,
      language,
      label,
      text,
      created: new Date(start + Math.floor(rng.next() * 14 * 86_400_000)).toISOString(),
    };
  });
}

/** The posts as CSV: id, text, sentiment, created_at (the language is for the reader to detect). */
export function multilingualPostsCsv(options: MultilingualOptions): string {
  return toCsv(
    ['id', 'text', 'sentiment', 'created_at'],
    generateMultilingualPosts(options).map((p) => [String(p.id), p.text, p.label, p.created]),
  );
}
