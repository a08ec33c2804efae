/**
 * Word banks for the synthetic sample: topics with their hashtags, tone-appropriate words and
 * sentence templates (English, plus a few short banks in other languages). Sentiment words come
 * from VADER's lexicon so a lexicon scorer recovers each post's tone; neutral templates avoid it.
 */

export const TONES = ['very-positive', 'positive', 'neutral', 'negative', 'very-negative'] as const;
export type Tone = (typeof TONES)[number];
/** Share of posts per tone, in TONES order. */
export const TONE_WEIGHTS = [0.15, 0.25, 0.3, 0.18, 0.12];

export interface Topic {
  readonly name: string;
  /** Hashtags as people write them; the first few are the most used. */
  readonly hashtags: readonly string[];
  /** Things posts talk about ("the new solar farm"). */
  readonly subjects: readonly string[];
  readonly emoji: readonly string[];
  /** The topic's word in es, fr, de, pt, ja, for the non-English templates. */
  readonly noun: Readonly<Record<Exclude<Language, 'en'>, string>>;
}

export const TOPICS: readonly Topic[] = [
  {
    name: 'climate',
    hashtags: [
      'climate',
      'ClimateAction',
      'renewables',
      'solar',
      'netzero',
      'sustainability',
      'ClimateChange',
      'heatwave',
      'windpower',
    ],
    subjects: [
      'the new solar farm',
      'this heatwave',
      'the climate report',
      'the city bike lanes',
      'the offshore wind project',
      'the EV charging network',
      'the plastic ban',
      'the recycling scheme',
      'the flood defences',
      'the heat pump subsidy',
    ],
    emoji: ['🌍', '☀️', '🌱', '🌊', '♻️', '🔥'],
    noun: { es: 'el clima', fr: 'le climat', de: 'das Klima', pt: 'o clima', ja: '気候' },
  },
  {
    name: 'ai',
    hashtags: [
      'ai',
      'MachineLearning',
      'chatgpt',
      'llm',
      'tech',
      'datascience',
      'DeepLearning',
      'GenAI',
      'robotics',
    ],
    subjects: [
      'the new AI model',
      'this chatbot',
      'the latest LLM release',
      'AI in hospitals',
      'my coding assistant',
      'the robot vacuum',
      'the AI camera on my phone',
      'self-driving taxis',
      'the AI search update',
      'the translation app',
    ],
    emoji: ['🤖', '👩‍💻', '🧑🏽‍💻', '💻', '🧠', '📱'],
    noun: { es: 'la IA', fr: "l'IA", de: 'die KI', pt: 'a IA', ja: 'AI' },
  },
  {
    name: 'football',
    hashtags: [
      'football',
      'WorldCup',
      'PremierLeague',
      'ChampionsLeague',
      'soccer',
      'matchday',
      'UCL',
      'goal',
      'transfers',
    ],
    subjects: [
      'the match tonight',
      'our striker',
      'the referee',
      'the transfer window',
      'the derby',
      'the new stadium',
      'our keeper',
      'the final',
      'the second half',
      'the new manager',
    ],
    emoji: ['⚽', '🏟️', '🥅', '🏆', '🇧🇷', '🇦🇷', '🏴󠁧󠁢󠁥󠁮󠁧󠁿'],
    noun: { es: 'el partido', fr: 'le match', de: 'das Spiel', pt: 'o jogo', ja: '試合' },
  },
  {
    name: 'music',
    hashtags: [
      'music',
      'NewMusic',
      'concert',
      'festival',
      'spotify',
      'LiveMusic',
      'album',
      'kpop',
      'vinyl',
    ],
    subjects: [
      'the new album',
      "last night's concert",
      'the festival lineup',
      'this playlist',
      'the tour announcement',
      'the opening act',
      'her new single',
      'the acoustic set',
      'the music video',
      'the encore',
    ],
    emoji: ['🎵', '🎶', '🎸', '🎤', '🎧', '🪩'],
    noun: { es: 'el concierto', fr: 'le concert', de: 'das Konzert', pt: 'o show', ja: 'ライブ' },
  },
  {
    name: 'food',
    hashtags: [
      'food',
      'foodie',
      'vegan',
      'recipe',
      'coffee',
      'brunch',
      'StreetFood',
      'baking',
      'pizza',
    ],
    subjects: [
      'the new ramen place',
      'this sourdough',
      'the brunch menu',
      'my oat latte',
      'the vegan burger',
      'the street food market',
      'grandma’s recipe',
      'the pizza downstairs',
      'the tasting menu',
      'the bakery on my street',
    ],
    emoji: ['🍕', '🍜', '☕', '🥐', '🌮', '🍰'],
    noun: { es: 'la comida', fr: 'le repas', de: 'das Essen', pt: 'a comida', ja: 'ラーメン' },
  },
  {
    name: 'travel',
    hashtags: [
      'travel',
      'wanderlust',
      'travelgram',
      'roadtrip',
      'beach',
      'vacation',
      'backpacking',
      'airbnb',
      'TravelTips',
    ],
    subjects: [
      'the flight to Lisbon',
      'this beach',
      'the night train',
      'the hostel',
      'the airport security line',
      'the road trip',
      'our Airbnb',
      'the hiking trail',
      'the ferry ride',
      'the hotel breakfast',
    ],
    emoji: ['✈️', '🏖️', '🗺️', '🚆', '🏔️', '🧳'],
    noun: { es: 'el viaje', fr: 'le voyage', de: 'die Reise', pt: 'a viagem', ja: '旅行' },
  },
  {
    name: 'fitness',
    hashtags: [
      'fitness',
      'health',
      'running',
      'wellness',
      'yoga',
      'gym',
      'marathon',
      'MentalHealth',
      'cycling',
    ],
    subjects: [
      'my morning run',
      'the new gym',
      'the yoga class',
      'the marathon training plan',
      'leg day',
      'the step challenge',
      'the cycling route',
      'the sleep tracker',
      'the spin class',
      'my 10k time',
    ],
    emoji: ['🏃‍♀️', '💪🏿', '🧘', '🚴', '🏋️', '❤️'],
    noun: { es: 'el gimnasio', fr: 'la course', de: 'das Training', pt: 'o treino', ja: 'ジム' },
  },
];

/** Tags any topic may pick up now and then. */
export const GENERIC_HASHTAGS = [
  'news',
  'MondayMotivation',
  'tbt',
  'viral',
  'weekend',
  'fyp',
  'trending',
];

export const WORDS = {
  strongPositive: [
    'amazing',
    'incredible',
    'brilliant',
    'fantastic',
    'outstanding',
    'wonderful',
    'superb',
    'perfect',
    'awesome',
    'excellent',
  ],
  mildPositive: [
    'good',
    'nice',
    'pretty good',
    'solid',
    'enjoyable',
    'pleasant',
    'decent',
    'helpful',
    'promising',
    'fun',
  ],
  mildNegative: [
    'disappointing',
    'bad',
    'annoying',
    'frustrating',
    'mediocre',
    'boring',
    'weak',
    'sad',
    'poor',
    'messy',
  ],
  strongNegative: [
    'terrible',
    'awful',
    'horrible',
    'disgusting',
    'pathetic',
    'disastrous',
    'shameful',
    'unacceptable',
    'infuriating',
    'dreadful',
  ],
  boosters: ['really', 'so', 'absolutely', 'incredibly', 'extremely', 'totally', 'super'],
  positiveEmoji: ['😍', '🙌', '🎉', '❤️', '👏', '😊', '✨', '👍🏽', '🥳', '👏🏾', '🙌🏻', '❤️‍🔥'],
  negativeEmoji: ['😡', '😤', '👎', '😢', '💔', '🙄', '😞', '🤬', '😮‍💨', '🤦‍♀️'],
  neutralEmoji: ['📊', '📅', '🔗', '🤔', '📌', '👀', '🙋‍♂️'],
  whens: [
    'Friday',
    'next week',
    'tomorrow at 9',
    'this weekend',
    'March',
    'the end of the month',
    'tonight',
  ],
} as const;

/**
 * Templates by tone. Slots: {subj} (sentence start capitalises it), {pos} {neg} strong words,
 * {mpos} {mneg} mild ones, {boost}, {when}, {emoji}, {mention}.
 */
export const TEMPLATES: Readonly<Record<Tone, readonly string[]>> = {
  'very-positive': [
    '{boost} {pos} {subj}!!! {emoji}',
    'I love {subj}, {boost} {pos} {emoji}',
    '{subj} was {boost} {pos}. Best day in ages! {emoji}',
    "Can't believe how {pos} {subj} is {emoji}",
    'Wow. {subj} = {pos}. Thank you {mention}! {emoji}',
    '{subj} made my week, {boost} {pos} {emoji}',
    'Absolutely in love with {subj} {emoji}{emoji}',
    '{subj} is {pos} and I am so happy about it',
    'Best thing this year: {subj}. {pos}! {emoji}',
  ],
  positive: [
    '{subj} is {mpos}.',
    '{subj} was pretty {mpos} today {emoji}',
    '{subj} was {mpos}, not bad at all',
    'Enjoying {subj} {emoji}',
    'Glad to see {subj} finally happening',
    "{subj} looks {mpos}, can't complain",
    'Nice work on {subj} {mention}',
    'Good news: {subj} is back',
    'Happy with {subj} so far {emoji}',
  ],
  neutral: [
    '{subj} is scheduled for {when}.',
    'Reading about {subj} this morning.',
    'Anyone know when {subj} starts?',
    'A summary of {subj} is in the thread below.',
    '{subj}: details at the link {emoji}',
    'Thoughts on {subj}?',
    'Just saw the announcement about {subj}.',
    'Posting the numbers on {subj} later today {emoji}',
    'Q&A on {subj} {when}',
    'Has anyone tried {subj} yet?',
  ],
  negative: [
    '{subj} is {mneg}.',
    "{subj} isn't great tbh",
    'Not impressed with {subj}',
    '{subj} was {mneg}, not worth it',
    'Why is {subj} so {mneg}?',
    '{subj} turned out {mneg} {emoji}',
    "{subj} doesn't work for me",
    'Meh. {subj} is not good {emoji}',
    'Bit {mneg}, {subj}. Expected more',
  ],
  'very-negative': [
    '{subj} is {boost} {neg}!!! {emoji}',
    'Never again. {subj} was {neg} {emoji}',
    'I hate {subj}. {boost} {neg}',
    'Seriously {mention}, {subj} is {neg}. Fix it!',
    '{subj} is {neg} and nobody cares {emoji}{emoji}',
    'Worst week ever. {subj} was {neg} {emoji}',
    'So angry about {subj}. {neg}.',
    '{subj}? {neg}. Not good at all {emoji}',
  ],
};

export const PREFIXES: Readonly<Record<Tone, readonly string[]>> = {
  'very-positive': ['Honestly,', 'Ok so', 'Update:', 'Not gonna lie,'],
  positive: ['Update:', 'Ok so', 'Quick one:', 'Fyi'],
  neutral: ['Update:', 'Fyi', 'Heads up:', 'PSA:'],
  negative: ['Ok so', 'Update:', 'Hot take:', 'Well,'],
  'very-negative': ['Ugh.', 'Update:', 'Hot take:', 'Right,'],
};

/** A second sentence in the same tone, for longer posts. */
export const ELABORATIONS: Readonly<Record<Tone, readonly string[]>> = {
  'very-positive': [
    'Pure joy.',
    'So proud of everyone involved.',
    'Thrilled, honestly.',
    'Cannot stop smiling.',
    'Yay!',
    'What a lovely surprise.',
  ],
  positive: [
    'Would recommend.',
    'Worth a look.',
    'Quite fun actually.',
    'Cheers to the team.',
    'Looking forward to the next one.',
    'Nice surprise.',
  ],
  neutral: [
    'Starts at 6pm.',
    'More details on Monday.',
    'Sharing for anyone following this.',
    'Numbers are from the official site.',
    'Second update this week.',
    'Photos in the replies.',
  ],
  negative: [
    'Bit of a waste of time.',
    'Kind of sad really.',
    'Regret going.',
    'Disappointed, to be honest.',
    'Expected a lot more from them.',
    'Ugh.',
  ],
  'very-negative': [
    'Absolutely furious.',
    'Shame on everyone involved.',
    'Complete waste of money.',
    'Outraged.',
    'Never recommending this to anyone.',
    'I want a refund.',
  ],
};

export const FOLLOW_UPS = [
  'Full story below.',
  'More soon.',
  'Thread 🧵',
  'Photos later.',
  'Via the local paper.',
  'Link in bio.',
  'Day 3 of posting about this.',
];
export const QUESTIONS = [
  'Anyone else?',
  'Thoughts?',
  'Who is going?',
  'Am I the only one?',
  'What do you think?',
];

export type Language = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'ja';

/** Short templates for non-English posts by broad tone; {noun} is the topic's word. */
export const FOREIGN_TEMPLATES: Readonly<
  Record<Exclude<Language, 'en'>, Readonly<Record<'pos' | 'neu' | 'neg', readonly string[]>>>
> = {
  es: {
    pos: [
      '¡Me encanta {noun}! {emoji}',
      'Qué maravilla {noun} de hoy {emoji}',
      '{noun}, increíble como siempre',
    ],
    neu: [
      '¿Alguien sabe a qué hora empieza {noun}?',
      'Mañana hablamos sobre {noun}.',
      'Leyendo sobre {noun}',
    ],
    neg: ['{noun} fue un desastre {emoji}', 'Qué decepción {noun}...', 'No me gustó nada {noun}'],
  },
  fr: {
    pos: [
      "J'adore {noun} ! {emoji}",
      '{noun} était génial {emoji}',
      'Trop bien, {noun} aujourd’hui',
    ],
    neu: [
      'Quelqu’un sait quand commence {noun} ?',
      'On parle de {noun} demain.',
      'Je lis un article sur {noun}',
    ],
    neg: [
      '{noun}, quelle déception {emoji}',
      "Franchement {noun} c'était nul",
      'Pas du tout convaincu par {noun}',
    ],
  },
  de: {
    pos: ['{noun} war super! {emoji}', 'Ich liebe {noun} {emoji}', 'Wirklich toll, {noun} heute'],
    neu: ['Weiß jemand, wann {noun} beginnt?', 'Morgen mehr zu {noun}.', 'Lese gerade über {noun}'],
    neg: [
      '{noun} war eine Katastrophe {emoji}',
      'Total enttäuscht von {noun}',
      '{noun}? Leider schlecht.',
    ],
  },
  pt: {
    pos: ['Amei {noun}! {emoji}', '{noun} foi incrível {emoji}', 'Que maravilha {noun} hoje'],
    neu: [
      'Alguém sabe quando começa {noun}?',
      'Amanhã falamos sobre {noun}.',
      'Lendo sobre {noun}',
    ],
    neg: ['{noun} foi um desastre {emoji}', 'Que decepção {noun}...', 'Não gostei nada de {noun}'],
  },
  ja: {
    pos: ['{noun}最高でした！{emoji}', '今日の{noun}、本当に楽しかった{emoji}', '{noun}が大好き'],
    neu: [
      '{noun}は何時から始まりますか？',
      '明日{noun}について書きます。',
      '{noun}のニュースを読んでいます',
    ],
    neg: ['{noun}は残念でした{emoji}', '{noun}、最悪だった', '{noun}にはがっかり'],
  },
};

/** Languages with their share of authors and the countries their authors live in (weights). */
export const LANGUAGES: readonly {
  readonly code: Language;
  readonly weight: number;
  readonly countries: readonly (readonly [string, number])[];
}[] = [
  {
    code: 'en',
    weight: 0.84,
    countries: [
      ['United States', 35],
      ['United Kingdom', 12],
      ['India', 10],
      ['Canada', 5],
      ['Australia', 5],
      ['Nigeria', 4],
      ['South Africa', 3],
      ['Philippines', 3],
      ['Ireland', 2],
      ['Kenya', 2],
    ],
  },
  {
    code: 'es',
    weight: 0.06,
    countries: [
      ['Spain', 4],
      ['Mexico', 4],
      ['Argentina', 2],
      ['Colombia', 2],
    ],
  },
  {
    code: 'pt',
    weight: 0.04,
    countries: [
      ['Brazil', 5],
      ['Portugal', 1],
    ],
  },
  {
    code: 'fr',
    weight: 0.03,
    countries: [
      ['France', 5],
      ['Canada', 1],
      ['Belgium', 1],
    ],
  },
  {
    code: 'de',
    weight: 0.02,
    countries: [
      ['Germany', 5],
      ['Austria', 1],
      ['Switzerland', 1],
    ],
  },
  { code: 'ja', weight: 0.01, countries: [['Japan', 1]] },
];

export const HANDLE_STARTS = [
  'maya',
  'leo',
  'sam',
  'aisha',
  'tom',
  'nina',
  'raj',
  'lucia',
  'kenji',
  'olu',
  'emma',
  'diego',
  'sofia',
  'ali',
  'chloe',
  'marco',
  'zara',
  'ben',
  'yuki',
  'ines',
  'noah',
  'priya',
  'jonas',
  'amara',
  'felix',
];
export const HANDLE_ENDS = [
  '_green',
  'writes',
  '_dev',
  'fc',
  '_eats',
  'travels',
  'runs',
  '_art',
  '_news',
  '_daily',
  '87',
  '_uk',
  'hq',
  '_x',
  'lab',
  '.live',
  '_on_tour',
  'talks',
];
