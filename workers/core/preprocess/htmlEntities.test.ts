import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './htmlEntities.ts';

describe('decodeHtmlEntities', () => {
  it('decodes the references tweets are full of', () => {
    expect(decodeHtmlEntities('Fish &amp; chips &lt;3 &gt; &quot;best&quot; it&#39;s')).toBe(
      'Fish & chips <3 > "best" it\'s',
    );
  });

  it('decodes decimal and hexadecimal code points, astral ones included', () => {
    expect(decodeHtmlEntities('&#x1F600; &#128512; &#X41;&#66;')).toBe('\u{1F600} \u{1F600} AB');
  });

  it('decodes common named references', () => {
    expect(decodeHtmlEntities('Wait&hellip; 5&euro; caf&eacute; &mdash; &rsquo;')).toBe(
      'Wait\u2026 5\u20AC caf\u00E9 \u2014 \u2019',
    );
  });

  it('decodes once, so double-encoded text keeps one level', () => {
    expect(decodeHtmlEntities('&amp;amp;')).toBe('&amp;');
  });

  it('leaves unknown names and bare ampersands alone', () => {
    expect(decodeHtmlEntities('R&D &bogus; AT&T &amp')).toBe('R&D &bogus; AT&T &amp');
  });

  it('replaces invalid code points and remaps C1 controls as HTML does', () => {
    expect(decodeHtmlEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
    expect(decodeHtmlEntities('&#150;&#146;')).toBe('\u2013\u2019');
  });
});
