import { InfoTip } from './InfoTip.tsx';
import { useSentimentMode } from '../shared/sentimentReading.ts';

/** The reference switch: VADER on the raw text instead of the social reading. */
export function SentimentModeSwitch({ testId = 'sentiment-reference' }: { testId?: string }) {
  const [mode, setMode] = useSentimentMode();
  return (
    <label className="row" style={{ gap: '0.35rem' }}>
      <input
        type="checkbox"
        checked={mode === 'reference'}
        onChange={(e) => setMode(e.target.checked ? 'reference' : 'social')}
        data-testid={testId}
      />
      Reference VADER (raw text)
      <InfoTip text="Off (the default): @handles, links, “RT @name:” and HTML codes such as &amp;amp; carry no sentiment and are set aside, and hashtags are read as their words (#happy counts as happy). On: the raw text is scored exactly as vaderSentiment 3.3.2 does, so “@united” reads as the word “united”, a positive word." />
    </label>
  );
}
