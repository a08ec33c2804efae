import { describe, expect, it } from 'vitest';
import { columnWords, featureLabel } from './featureNames.ts';

describe('featureLabel', () => {
  it('names the text, time and numeric features as people say them', () => {
    expect(featureLabel('log1p_author_followers')).toBe('followers');
    expect(featureLabel('hour')).toBe('hour of posting');
    expect(featureLabel('char_len')).toBe('caption length');
    expect(featureLabel('vader_compound')).toBe('overall sentiment of the text');
    expect(featureLabel('log1p_video_length')).toBe('video length');
  });
  it('names one-hot categories and hashtag topics as the page does (Topic 1 is cluster 0)', () => {
    expect(featureLabel('platform=TikTok')).toBe('platform: TikTok');
    expect(featureLabel('platform=__other__')).toBe('platform: other');
    expect(featureLabel('hashtag_cluster=0')).toBe('hashtag topic 1');
  });
  it('turns column names into words', () => {
    expect(columnWords('postType')).toBe('post type');
    expect(columnWords('followers_count')).toBe('followers');
  });
});
