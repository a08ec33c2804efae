import { describe, expect, it } from 'vitest';
import { duplicateKey, socialText, socialTextForSentiment } from './socialText.ts';

describe('socialTextForSentiment', () => {
  it('sets aside @handles, links and RT prefixes', () => {
    expect(socialTextForSentiment('@united flight 1234 to Denver is boarding now')).toBe(
      ' flight 1234 to Denver is boarding now',
    );
    expect(socialTextForSentiment('RT @delta: great crew https://t.co/AbC123')).toBe(
      ' great crew ',
    );
    expect(socialTextForSentiment('see www.example.com/page, and bit.ly/3xYz!')).toBe(
      'see , and !',
    );
    expect(socialTextForSentiment('pic.twitter.com/abc and e.g. this')).toBe(' and e.g. this');
  });

  it('keeps e-mail addresses, C# and words with dots', () => {
    const text = 'write to help@united.com about C# and Mr.Smith';
    expect(socialTextForSentiment(text)).toBe(text);
  });

  it('reads Bluesky and Mastodon handles whole', () => {
    expect(socialTextForSentiment('hi @alice.bsky.social and @bob@mastodon.social!')).toBe(
      'hi  and !',
    );
  });

  it('decodes HTML entities and leaves unknown names as written', () => {
    expect(socialTextForSentiment('AT&amp;T &lt;3 &#39;ok&#39; &bogus;')).toBe(
      "AT&T <3 'ok' &bogus;",
    );
  });

  it('keeps the words of hashtags, splitting camel case and underscores', () => {
    expect(socialTextForSentiment('#happy day #NotHappy #USAToday #not_great #covid19')).toBe(
      'happy day Not Happy USA Today not great covid 19',
    );
    expect(socialTextForSentiment('#NotHappy', { splitHashtags: false })).toBe('NotHappy');
    // '&#' starts an entity, not a tag
    expect(socialTextForSentiment('&#35;tag')).toBe('#tag');
  });

  it('returns a text with nothing to change as it is, and any non-string as empty', () => {
    const plain = 'The food was not good, but the staff were GREAT!!';
    expect(socialTextForSentiment(plain)).toBe(plain);
    expect(socialTextForSentiment(null as unknown as string)).toBe('');
  });
});

describe('socialText', () => {
  it('reports each change as a span of the original text', () => {
    const text = 'RT @a: thanks @united &amp; #NotHappy https://t.co/x';
    const r = socialText(text);
    expect(r.text).toBe(' thanks  & Not Happy ');
    expect(r.spans.map((s) => [s.kind, s.text, s.replacement])).toEqual([
      ['retweet', 'RT @a:', ''],
      ['handle', '@united', ''],
      ['entity', '&amp;', '&'],
      ['hashtag', '#NotHappy', 'Not Happy'],
      ['url', 'https://t.co/x', ''],
    ]);
    for (const s of r.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('maps offsets of the normalised text back to the words the user typed', () => {
    const text = '@united I am #NotHappy &amp; sad';
    const r = socialText(text);
    const back = (word: string) => {
      const at = r.text.indexOf(word);
      return text.slice(r.toOriginal(at), r.toOriginal(at + word.length, true));
    };
    expect(back('am')).toBe('am');
    expect(back('Not')).toBe('Not');
    expect(back('Happy')).toBe('Happy');
    expect(back('&')).toBe('&amp;');
    expect(back('sad')).toBe('sad');
  });

  it('maps offsets one to one when nothing changed', () => {
    const r = socialText('plain words');
    expect(r.spans).toEqual([]);
    expect(r.toOriginal(6)).toBe(6);
  });
});

describe('duplicateKey', () => {
  it('folds case, spaces, handles and links, so copies share a key', () => {
    expect(duplicateKey('  Great   flight! @united https://t.co/1')).toBe('great flight!');
    expect(duplicateKey('great flight! https://t.co/2')).toBe('great flight!');
    expect(duplicateKey('GREAT FLIGHT!')).toBe('great flight!');
    expect(duplicateKey('great flight?')).not.toBe(duplicateKey('great flight!'));
  });

  it('gives "" for a text with no words left', () => {
    expect(duplicateKey('https://t.co/x @someone')).toBe('');
    expect(duplicateKey('')).toBe('');
  });
});

describe('duplicateKey of posts with nothing but handles', () => {
  it('gives "" for replies that are only handles, a link and an ellipsis', () => {
    expect(duplicateKey('@a @b @c… https://t.co/QoSOb9MqRO')).toBe('');
    expect(duplicateKey('❤️❤️')).toBe('❤️❤️');
  });
});
