import { useCallback, useEffect, useId, useRef, useState } from 'react';

const MAX_SUBJECT = 60;

/**
 * What a tip explains, read from the text beside it (its heading, label or sentence, without the
 * controls in it), so a screen reader hears "More information about Min df" rather than twenty
 * identical buttons. Looks up to three levels out for some text.
 */
export function subjectOf(tip: Element): string {
  let el = tip.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const copy = el.cloneNode(true) as Element;
    copy
      .querySelectorAll('.infotip, input, select, textarea, button, svg')
      .forEach((n) => n.remove());
    const text = (copy.textContent ?? '')
      .replace(/\s+/g, ' ')
      .replace(/[\s:.…]+$/, '')
      .trim();
    if (text) {
      if (text.length <= MAX_SUBJECT) return text;
      const cut = text.slice(0, MAX_SUBJECT);
      return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : MAX_SUBJECT)}…`;
    }
  }
  return '';
}

/**
 * A small "i" that explains a term: on hover, on keyboard focus, or on a tap (which keeps it open
 * until another tap, a tap elsewhere or Escape). Its accessible name says what it explains: `about`,
 * else the text beside it.
 */
export function InfoTip({ text, about }: { text: string; about?: string }) {
  const id = useId();
  const [hover, setHover] = useState(false);
  const [pinned, setPinned] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const open = hover || pinned;

  // The name is written into the element, not through React: it depends on text React does not
  // pass here. Hidden text rather than aria-label, so a field's label ("Hashtags") never also
  // matches the tip beside it ("… about Hashtags") for getByLabel-style lookups.
  const name = useCallback(
    (label: HTMLSpanElement | null) => {
      // From the tip's own box, not `wrapper.current`: a parent's ref is attached after its children's.
      const tip = label?.closest('.infotip');
      if (!label || !tip) return;
      const subject = about ?? subjectOf(tip);
      label.textContent = subject ? `More information about ${subject}` : 'More information';
    },
    [about],
  );

  // Escape closes a tip however it opened (WCAG 1.4.13); a tap elsewhere closes a pinned one.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setHover(false);
      setPinned(false);
    };
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) {
        setHover(false);
        setPinned(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <span className="infotip" ref={wrapper}>
      <button
        type="button"
        className="infotip__button"
        aria-describedby={id}
        aria-expanded={open}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
        onFocus={() => setHover(true)}
        onBlur={() => {
          setHover(false);
          setPinned(false);
        }}
        onClick={() => {
          // A tap focuses the button too (open via onFocus): the tap itself pins or unpins.
          setPinned((p) => !p);
          if (pinned) setHover(false);
        }}
      >
        <span className="infotip__icon" aria-hidden="true">
          i
        </span>
        <span className="sr-only" ref={name}>
          More information
        </span>
      </button>
      <span id={id} role="tooltip" className={`infotip__text${open ? ' infotip__text--open' : ''}`}>
        {text}
      </span>
    </span>
  );
}
