/**
 * What VADER reads in the analysis worker's score stores: the social reading (default) or the raw
 * text (the page's reference switch). The Sentiment view sets it with its status request; the
 * stores are kept per mode, so switching back does not score again. Engagement features name
 * their own mode (as the model learned it) and do not follow the switch.
 */
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../../core/sentiment/mode.ts';

let mode: SentimentMode = DEFAULT_SENTIMENT_MODE;

/** The mode the Sentiment view asked for last. */
export function currentSentimentMode(): SentimentMode {
  return mode;
}

export function setCurrentSentimentMode(next: SentimentMode): void {
  mode = next;
}
