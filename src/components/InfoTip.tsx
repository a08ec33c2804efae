import { useId, useState } from 'react';

/** A small "i" that explains a term on hover or keyboard focus. */
export function InfoTip({ text }: { text: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="infotip">
      <button
        type="button"
        className="infotip__button"
        aria-label="More information"
        aria-describedby={id}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      >
        i
      </button>
      <span id={id} role="tooltip" className={`infotip__text${open ? ' infotip__text--open' : ''}`}>
        {text}
      </span>
    </span>
  );
}
