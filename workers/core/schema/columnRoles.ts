/**
 * Roles proposed from names and types: which column is the post's text, its hashtags, its time, its
 * engagement counts, its author's followers. At most one column each is text, hashtags, timestamp and followers.
 */
import type { ColumnType, Role } from './types.ts';
import { compactName, isIdLikeName, nameTokens } from './columnNames.ts';

/** What the role proposal needs to know about a column. */
export interface RoleInput {
  readonly name: string;
  readonly type: ColumnType;
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** Non-missing cells. */
  readonly present: number;
  /** Mean length and words of the sampled values. */
  readonly meanLength: number;
  readonly meanWords: number;
  /** Integers that rise from 0 or 1 row by row: a row index written by pandas. */
  readonly rowIndex: boolean;
  /** A column of no name holding only Sentiment140's labels (0, 2, 4). */
  readonly labelScale?: boolean;
}

const words = (...ws: string[]): ReadonlySet<string> => new Set(ws);

/** Words that make a column a property of the account rather than of the post (`user_favourites`). */
const ACCOUNT_PREFIX = words(
  'user',
  'author',
  'account',
  'channel',
  'page',
  'owner',
  'profile',
  'creator',
);
const LIKES = words(
  'likes',
  'like',
  'favorites',
  'favourites',
  'favorite',
  'favourite',
  'fav',
  'favs',
  'faves',
  'digg',
  'hearts',
  'heart',
  'reactions',
  'reaction',
  'likecount',
  'favoritecount',
  // German, Spanish, French, Italian, Portuguese: Gefällt mir, Me gusta, J'aime, Mi piace, Curtidas
  'gefällt',
  'gusta',
  'megusta',
  'aime',
  'jaime',
  'piace',
  'mipiace',
  'curtidas',
  'curtida',
  'gostos',
  'reacciones',
  'réactions',
  'reaktionen',
  'reações',
  'reazioni',
);
const SHARES = words(
  'retweets',
  'retweet',
  'rts',
  'shares',
  'share',
  'reposts',
  'repost',
  'reshares',
  'forwards',
  'retweetcount',
  'sharecount',
  // German, Spanish, Portuguese, French, Italian
  'geteilt',
  'teilungen',
  'compartidos',
  'compartido',
  'compartilhamentos',
  'partages',
  'condivisioni',
  'retuits',
);
const COMMENTS = words(
  'comments',
  'comment',
  'replies',
  'reply',
  'answers',
  'commentcount',
  'replycount',
  // German, Spanish, Portuguese, French, Italian
  'kommentare',
  'kommentar',
  'comentarios',
  'comentario',
  'comentários',
  'comentário',
  'commentaires',
  'commentaire',
  'commenti',
  'commento',
  'antworten',
  'respuestas',
  'réponses',
  'respostas',
  'risposte',
);
const FOLLOWERS = words(
  'followers',
  'follower',
  'fans',
  'subscribers',
  'subscriber',
  'followerscount',
  // Spanish and Portuguese, French, German, Italian; YouTube's subscribers in Spanish, Portuguese
  'seguidores',
  'abonnés',
  'abonnenten',
  'seguaci',
  'suscriptores',
  'inscritos',
);
const ENGAGEMENT = words(
  'impressions',
  'views',
  'view',
  'plays',
  'play',
  'playcount',
  'saves',
  'save',
  'quotes',
  'quote',
  'engagement',
  'engagements',
  'interactions',
  'love',
  'wow',
  'haha',
  'sad',
  'angry',
  'care',
  'clicks',
  'reach',
  'bookmarks',
  'upvotes',
  'downvotes',
  'ups',
  'downs',
  'votes',
  // German, Spanish, French, Italian, Portuguese
  'impresiones',
  'impressionen',
  'impressões',
  'impressioni',
  'alcance',
  'reichweite',
  'portée',
  'copertura',
  'visualizaciones',
  'aufrufe',
  'vues',
  'visualizações',
  'visualizzazioni',
  'interacciones',
  'interaktionen',
  'interações',
  'interazioni',
  'clics',
  'klicks',
  'cliques',
);
const LABEL = words(
  'sentiment',
  'label',
  'labels',
  'class',
  'emotion',
  'emotions',
  'polarity',
  'stance',
  'target',
  'classification',
  'annotation',
  'mood',
  // Spanish, Portuguese, German, French, Italian
  'sentimiento',
  'sentimento',
  'stimmung',
  'polaridad',
  'polarität',
  'polarité',
  'polarità',
  'etiqueta',
  'étiquette',
  'etichetta',
);
const CATEGORY = words(
  'platform',
  'source',
  'country',
  'language',
  'lang',
  'author',
  'user',
  'username',
  'screen',
  'account',
  'location',
  'city',
  'state',
  'region',
  'type',
  'channel',
  'subreddit',
  'page',
  'network',
  'device',
  'client',
  'verified',
  'gender',
  'media',
  'category',
  'group',
  'name',
  'board',
  'site',
);
const TEXT_PRIMARY = words(
  'text',
  'body',
  'content',
  'message',
  'tweet',
  'caption',
  'post',
  'fulltext',
  'selftext',
  'comment',
  // Spanish, Portuguese, German, French, Italian
  'texto',
  'mensaje',
  'mensagem',
  'nachricht',
  'beitrag',
  'beitragstext',
  'publicación',
  'publicacion',
  'publicação',
  'contenido',
  'conteúdo',
  'inhalt',
  'contenu',
  'testo',
  'messaggio',
);
const TEXT_SECONDARY = words('title', 'description', 'headline', 'summary', 'subject');
const NOT_TEXT = words('bio', 'location', 'url', 'link', 'permalink', 'name');
const TIME_PRIMARY = words(
  'date',
  'timestamp',
  'createdat',
  'created',
  'time',
  'datetime',
  'posted',
  'published',
  'postcreated',
  'tweetcreated',
  'createdtime',
  'publishtime',
  'uploaddate',
  'postdate',
  'publishdate',
  'timestamputc',
  'createdutc',
  'postedat',
  'publishedat',
  // Spanish, German, Portuguese, French, Italian
  'fecha',
  'datum',
  'zeit',
  'hora',
  'veröffentlicht',
  'publicado',
  'publié',
  'pubblicato',
  'erstellt',
  'creado',
  'créé',
  'criado',
);
const HASHTAG_NAMES = words('hashtags', 'hashtag', 'tags', 'tag');

/** One role per column, in column order. */
export function proposeRoles(columns: readonly RoleInput[]): Role[] {
  const roles = columns.map(nameRole);
  keepBest(roles, columns, 'text', textScore);
  keepBest(roles, columns, 'timestamp', timeScore);
  keepBest(roles, columns, 'hashtags', (c) =>
    nameTokens(c.name).some((t) => HASHTAG_NAMES.has(t)) ? 1 : 0,
  );
  keepBest(roles, columns, 'followers', (c) => (FOLLOWERS.has(compactName(c.name)) ? 1 : 0));
  return roles;
}

function nameRole(c: RoleInput): Role {
  const tokens = nameTokens(c.name);
  const has = (set: ReadonlySet<string>): boolean =>
    tokens.some((t) => set.has(t)) || set.has(compactName(c.name));
  if (c.type !== 'text' && (isIdLikeName(c.name) || c.rowIndex)) return 'id';
  switch (c.type) {
    case 'integer':
    case 'number':
      if (c.labelScale === true) return 'label';
      if (ACCOUNT_PREFIX.has(tokens[0] ?? '')) return has(FOLLOWERS) ? 'followers' : 'other';
      if (has(LIKES)) return 'likes';
      if (has(SHARES)) return 'shares';
      if (has(COMMENTS)) return 'comments';
      if (has(FOLLOWERS)) return 'followers';
      if (has(ENGAGEMENT) || compactName(c.name) === 'score') return 'engagement';
      if (has(LABEL) && c.distinct <= 20) return 'label';
      return 'other';
    case 'datetime':
      return 'timestamp';
    case 'tags':
      return 'hashtags';
    case 'text':
      if (textScore(c) > 0) return 'text';
      return has(CATEGORY) && !has(TEXT_SECONDARY) ? 'category' : 'other';
    case 'category':
    case 'boolean':
      if (has(LABEL)) return 'label';
      if (has(CATEGORY)) return 'category';
      return isLowCardinality(c) ? 'category' : 'other';
    case 'empty':
      return 'other';
  }
}

/** Few distinct values that repeat: at most 50 and at most half the values, or at most 5 % of them. */
function isLowCardinality(c: RoleInput): boolean {
  if (c.distinctCapped) return false;
  return (c.distinct <= 50 && c.distinct * 2 <= c.present) || c.distinct <= c.present * 0.05;
}

/**
 * 3 for a post-body name (`text`, `body`, `Message`), 2 for one with other words (`tweet_text`), 1 for
 * titles and descriptions, 0.5 for a wordy text column of another name, 0 for account fields. A short
 * category column qualifies only under a post-body name, and after any text column so named.
 */
function textScore(c: RoleInput): number {
  if (c.type !== 'text' && c.type !== 'category') return 0;
  const tokens = nameTokens(c.name);
  if (ACCOUNT_PREFIX.has(tokens[0] ?? '') || tokens.some((t) => NOT_TEXT.has(t))) return 0;
  let score: number;
  if (TEXT_PRIMARY.has(compactName(c.name))) score = 3;
  else if (tokens.some((t) => TEXT_PRIMARY.has(t)))
    score = tokens.some((t) => t === 'image' || t === 'link') ? 1 : 2;
  else if (tokens.some((t) => TEXT_SECONDARY.has(t))) score = 1;
  else score = c.type === 'text' && c.meanWords >= 3 ? 0.5 : 0;
  if (c.type === 'text') return score;
  return score >= 2 ? score - 1.5 : 0;
}

/** 3 for the post's own time (`date`, `created_at`, `Post Created`), 0 for the account's (`user_created`), 1 otherwise. */
function timeScore(c: RoleInput): number {
  const tokens = nameTokens(c.name);
  if (ACCOUNT_PREFIX.has(tokens[0] ?? '')) return 0;
  if (TIME_PRIMARY.has(compactName(c.name))) return 3;
  return tokens.some((t) => TIME_PRIMARY.has(t)) ? 2 : 1;
}

/**
 * Keep `role` on the column with the highest score (for text, then the longest, and one present in
 * less than half as many rows as another candidate loses to it; then the first);
 * the others fall back to `category` or `other`. Any column with a text score above 0 may take the text role.
 */
function keepBest(
  roles: Role[],
  columns: readonly RoleInput[],
  role: Role,
  score: (c: RoleInput) => number,
): void {
  let best = -1;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const eligible = roles[i] === role || (role === 'text' && textScore(c) > 0);
    if (!eligible) continue;
    if (best === -1 || better(c, columns[best]!, score, role === 'text')) best = i;
  }
  for (let i = 0; i < columns.length; i++) {
    if (roles[i] === role && i !== best)
      roles[i] = columns[i]!.type === 'category' ? 'category' : 'other';
  }
  if (best !== -1 && (role !== 'timestamp' || timeScore(columns[best]!) > 0)) roles[best] = role;
  else if (best !== -1) roles[best] = 'other';
}

function better(
  a: RoleInput,
  b: RoleInput,
  score: (c: RoleInput) => number,
  longerWins: boolean,
): boolean {
  const sa = score(a);
  const sb = score(b);
  if (longerWins) {
    // A post body left empty in most rows (Reddit's selftext of link posts) gives way to a title
    // or description there in more than twice as many: the analysis should cover most posts.
    if (sb >= 1 && a.present * 2 < b.present) return false;
    if (sa >= 1 && b.present * 2 < a.present) return true;
  }
  return sa !== sb ? sa > sb : longerWins && a.meanLength > b.meanLength;
}
