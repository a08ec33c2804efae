import { memo } from 'react';
import type { WordCloudLayout } from '../../../workers/api.ts';
import { WordCloud } from '../../components/WordCloud.tsx';

/** The font the worker's layout estimates widths for (workers/core/wordcloud/textWidth.ts: a sans-serif at weight 600). */
const FONT = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  weight: 600,
} as const;

/** The selected window's most used words (or hashtags), laid out in the stream worker about once a second. */
export const StreamCloud = memo(function StreamCloud({
  layout,
  words,
}: {
  layout: WordCloudLayout | null;
  words: 'words' | 'hashtags';
}) {
  if (!layout || layout.words.length === 0)
    return (
      <p className="empty">No {words === 'words' ? 'words' : 'hashtags'} in this window yet.</p>
    );
  return (
    <WordCloud
      width={layout.width}
      height={layout.height}
      words={layout.words}
      font={FONT}
      ariaLabel={`Most used ${words} in the window`}
      testId="stream-cloud"
    />
  );
});
