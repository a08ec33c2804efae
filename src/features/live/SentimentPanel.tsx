import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type {
  SocialSpan,
  ActiveBundleInfo,
  AppError,
  LiveSentiment,
  TokenExplanation,
  TokenKind,
} from '../../../workers/api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { SentimentModeSwitch } from '../../components/SentimentModeSwitch.tsx';
import { useSentimentMode } from '../../shared/sentimentReading.ts';
import { live } from '../../engine/index.ts';
import { liveModel } from '../../engine/models.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { SENTIMENT_COLOUR } from '../../shared/palette.ts';

const POS = '47,158,68';
const NEG = '224,49,49';
const COLOUR = SENTIMENT_COLOUR;

const KIND_NAME: Record<TokenKind, string> = {
  word: 'lexicon word',
  booster: 'booster (intensifies the next word)',
  negation: 'negation (flips the words after it)',
  emoji: 'emoji (scored by its name)',
  idiom: 'idiom',
  caps: 'ALL CAPS (emphasis)',
  none: 'no sentiment',
};

/** Background by sign and strength of a token's contribution: lexicon valences run to about ±4. */
function tokenStyle(t: TokenExplanation): CSSProperties {
  const strength = Math.min(1, Math.abs(t.valence) / 3.5);
  // an explicit background and colour: never the browser's yellow <mark>
  const style: CSSProperties = {
    borderRadius: 3,
    padding: '0 1px',
    background: 'transparent',
    color: 'inherit',
  };
  if (t.valence !== 0)
    style.background = `rgba(${t.valence > 0 ? POS : NEG},${(0.18 + 0.6 * strength).toFixed(2)})`;
  if (t.kind === 'negation' || t.kind === 'booster' || (t.note ?? '').includes('"but"'))
    style.borderBottom = '2px dotted #5c6577';
  return style;
}

function tokenTitle(t: TokenExplanation): string {
  const rule = t.note?.includes('contrast')
    ? 'contrast word "but": softens what comes before it, strengthens what follows'
    : KIND_NAME[t.kind];
  return `${t.token}: ${t.valence > 0 ? '+' : ''}${t.valence.toFixed(3)} · ${rule}${t.note ? `\n${t.note}` : ''}`;
}

/** Characters of typed text shown under the box: laying out a 100,000-character paste would block the page. */
const SHOWN_CHARS = 6000;

/** The typed text with each scored token highlighted (its first SHOWN_CHARS characters). */
function Highlighted({
  text: full,
  tokens,
}: {
  text: string;
  tokens: readonly TokenExplanation[];
}) {
  const text = full.length > SHOWN_CHARS ? full.slice(0, SHOWN_CHARS) : full;
  const parts: ReactNode[] = [];
  let at = 0;
  tokens.forEach((t, i) => {
    if (t.start < at || t.end > text.length) return;
    const moved = t.valence !== 0;
    const rule = t.kind === 'negation' || t.kind === 'booster' || (t.note ?? '').includes('"but"');
    // only words that moved the score (or changed how the next ones count) are marked: no browser-yellow neutral words
    if (!moved && !rule) return;
    if (t.start > at) parts.push(text.slice(at, t.start));
    const Tag = moved ? 'mark' : 'span';
    parts.push(
      <Tag
        key={i}
        style={tokenStyle(t)}
        title={tokenTitle(t)}
        data-valence={t.valence}
        data-kind={t.kind}
        data-testid="live-token"
      >
        {text.slice(t.start, t.end)}
      </Tag>,
    );
    at = t.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  if (full.length > text.length)
    parts.push(
      <span
        key="more"
        className="muted"
      >{` … (${(full.length - text.length).toLocaleString('en-US')} more characters)`}</span>,
    );
  return (
    <p
      dir="auto"
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        lineHeight: 1.9,
        maxHeight: '14rem',
        overflow: 'auto',
        margin: 0,
      }}
      data-testid="live-highlight"
    >
      {parts}
    </p>
  );
}

/** Words listed with a line each, at most this many (a long paste would list thousands). */
const LISTED_WORDS = 200;

/** The highlights' explanations as a list to open by tap or keyboard (a mark's title shows only on hover). */
function WordByWord({ tokens }: { tokens: readonly TokenExplanation[] }) {
  const moving = tokens.filter((t) => t.valence !== 0 || t.kind !== 'none');
  if (moving.length === 0) return null;
  return (
    <details data-testid="live-word-by-word">
      <summary>Why this score, word by word ({moving.length.toLocaleString('en-US')})</summary>
      <ul style={{ margin: '0.3rem 0', paddingLeft: '1.2rem', whiteSpace: 'pre-line' }}>
        {moving.slice(0, LISTED_WORDS).map((t, i) => (
          <li key={i}>{tokenTitle(t)}</li>
        ))}
      </ul>
    </details>
  );
}

const SWATCHES: readonly [string, number, string][] = [
  [NEG, 0.78, 'strongly negative'],
  [NEG, 0.3, 'mildly negative'],
  [POS, 0.3, 'mildly positive'],
  [POS, 0.78, 'strongly positive'],
];

function Legend() {
  return (
    <div className="row muted" style={{ fontSize: '0.82rem' }} aria-label="Highlight legend">
      {SWATCHES.map(([rgb, alpha, name]) => (
        <span key={name}>
          <span
            style={{
              display: 'inline-block',
              width: '1.6rem',
              height: '0.9rem',
              background: `rgba(${rgb},${alpha})`,
              borderRadius: 3,
              verticalAlign: 'middle',
              marginRight: 4,
            }}
          />
          {name}
        </span>
      ))}
      <span>
        <span style={{ borderBottom: '2px dotted #5c6577' }}>dotted</span>: negation, booster or
        “but”
      </span>
      <span>Hover a word for the rule that scored it.</span>
    </div>
  );
}

const KIND_TEXT: Record<SocialSpan['kind'], string> = {
  handle: 'handle',
  url: 'link',
  retweet: 'retweet prefix',
  entity: 'HTML code',
  hashtag: 'hashtag',
};

/** What sentiment did not read, or read otherwise, in the typed text. */
function SetAside({ spans }: { spans: readonly SocialSpan[] }) {
  if (spans.length === 0) return null;
  return (
    <p className="muted" data-testid="live-set-aside">
      Set aside before scoring:{' '}
      {spans.map((s, i) => (
        <span key={`${s.start}-${i}`} data-kind={s.kind}>
          {i > 0 && ', '}
          <code>{s.text}</code> ({KIND_TEXT[s.kind]}
          {s.replacement.trim() !== '' ? ` read as “${s.replacement.trim()}”` : ''})
        </span>
      ))}
      .
    </p>
  );
}

/**
 * Live sentiment of typed text (the live worker, so answers never queue behind long jobs): VADER's
 * four scores and label with every token highlighted by its contribution, and the trained
 * classifier's class probabilities when one exists. Requests coalesce: at most one in flight.
 */
export function SentimentPanel() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; value: LiveSentiment } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const inFlight = useRef(false);
  const latest = useRef<string | null>(null);
  const textId = useId();

  // the active model (its classifier and cut-offs), loaded by the live worker before the first answer
  const [model, setModel] = useState<ActiveBundleInfo | null | undefined>(undefined);
  useEffect(() => {
    void liveModel().then((r) => setModel(r.ok ? r.value : null));
  }, []);
  const thresholds = model?.summary.sentiment?.thresholds;
  const [mode] = useSentimentMode();

  useEffect(() => {
    latest.current = text;
    if (inFlight.current || model === undefined) return;
    const send = (t: string) => {
      inFlight.current = true;
      latest.current = null;
      void live('explainSentimentLive', {
        text: t,
        mode,
        ...(thresholds ? { thresholds } : {}),
      }).then((r) => {
        inFlight.current = false;
        if (r.ok) {
          setResult({ text: t, value: r.value });
          setError(null);
        } else setError(r.error);
        const next = latest.current;
        if (next !== null && next !== t) send(next);
      });
    };
    send(text);
  }, [text, model, thresholds, mode]);

  const v = result?.value;
  const cls = v?.classifier;
  return (
    <section
      className="card stack"
      aria-labelledby="live-sentiment-title"
      data-testid="live-sentiment"
    >
      <header className="card__header">
        <h3 className="card__title" id="live-sentiment-title">
          Sentiment
          <InfoTip text="VADER scores as you type: each word's valence from its lexicon, changed by the words around it (not, very, but), capitals, '!' and emoji. The compound score runs from -1 to +1; ≥ 0.05 is positive, ≤ -0.05 negative." />
        </h3>
      </header>
      {model && (
        <p className="muted" style={{ margin: 0 }} data-testid="live-model">
          Scoring with the model “{model.name}” ({model.parts.join(', ')}); pick another in the{' '}
          <a href="#/models">Models view</a>.
        </p>
      )}
      <SentimentModeSwitch testId="live-sentiment-reference" />
      <label htmlFor={textId}>Text to score</label>
      <textarea
        id={textId}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Type a post, e.g. “The food was not good, but the staff were GREAT!!”"
        data-testid="live-text"
        style={{ width: '100%' }}
      />
      {error && <ErrorBanner error={error} />}
      {v && (
        <>
          {v.language.route !== 'vader' && (
            <p
              className="banner banner--info"
              style={{ margin: 0 }}
              data-testid="live-language"
              data-route={v.language.route}
            >
              {v.language.route === 'lexicon'
                ? `Read as ${languageName(v.language.code)}, with that language’s word list, as the charts read such posts (no word-by-word view: it is VADER’s).`
                : `Written in ${languageName(v.language.code)}: we have no word list for it, so it is not scored, and never counted as neutral. The trained classifier, when there is one, still reads it.`}
            </p>
          )}
          <div className="kpis" data-testid="live-scores">
            <div className="kpi">
              <div className="kpi__value" data-testid="live-compound">
                {Number.isNaN(v.compound)
                  ? '—'
                  : `${v.compound > 0 ? '+' : ''}${v.compound.toFixed(4)}`}
              </div>
              <div className="kpi__label">
                compound ·{' '}
                <span className={`pill pill--${v.label}`} data-testid="live-label">
                  {v.label}
                </span>
              </div>
            </div>
            {(['neg', 'neu', 'pos'] as const).map((k) => (
              <div className="kpi" key={k}>
                <div className="kpi__value" data-testid={`live-${k}`}>
                  {Number.isNaN(v[k]) ? '—' : v[k].toFixed(3)}
                </div>
                <div className="kpi__label">
                  {{ neg: 'negative share', neu: 'neutral share', pos: 'positive share' }[k]}
                </div>
              </div>
            ))}
            {cls && (
              <div
                className="kpi"
                data-testid="live-classifier"
                title="The classifier trained in the Sentiment view."
              >
                <div className="kpi__label">trained classifier: {cls.label}</div>
                {cls.model !== undefined && (
                  <div className="muted" data-testid="live-classifier-model">
                    {cls.model === 'all'
                      ? 'read by the model for all languages'
                      : `read by the ${languageName(cls.model)} model`}
                  </div>
                )}
                {cls.classes.map((c, i) => (
                  <div key={c} className="row" style={{ gap: '0.4rem', fontSize: '0.82rem' }}>
                    <span style={{ width: '4.5rem' }}>{c}</span>
                    <span
                      style={{
                        display: 'inline-block',
                        height: 8,
                        width: `${Math.round(cls.probabilities[i]! * 80)}px`,
                        background: COLOUR[c],
                      }}
                    />
                    <span>{(cls.probabilities[i]! * 100).toFixed(0)}%</span>
                  </div>
                ))}
              </div>
            )}
          </div>
          {result.text.trim() !== '' && (
            <>
              <Highlighted text={result.text} tokens={v.tokens} />
              <SetAside spans={v.setAside} />
              {v.tokensOmitted > 0 && (
                <p className="muted">
                  Highlights cover the first {v.tokens.length.toLocaleString('en-US')} words; the
                  scores cover all of the text.
                </p>
              )}
              {v.punctuationEmphasis !== 0 && (
                <p className="muted">
                  “!” and “?” add {v.punctuationEmphasis.toFixed(3)} to the sum.
                </p>
              )}
              <Legend />
              <WordByWord tokens={v.tokens} />
            </>
          )}
        </>
      )}
    </section>
  );
}
