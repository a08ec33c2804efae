import { DraftPanel } from './DraftPanel.tsx';
import { HashtagPanel } from './HashtagPanel.tsx';
import { SentimentPanel } from './SentimentPanel.tsx';

/** Type to score: sentiment of a text, the nearest topic of hashtags, predicted engagement of a draft. */
export default function LiveView() {
  return (
    <div className="stack">
      <h2>Live scoring</h2>
      <SentimentPanel />
      <HashtagPanel />
      <DraftPanel />
    </div>
  );
}
