import type { ReactElement } from 'react';
import { useStaged } from './useStaged.ts';

export interface StagedProps {
  /** The heavy children (chart cards), each with a key; each draws in a task of its own. */
  children: readonly ReactElement[];
  /** What the children show (a result, or a key naming it): a new one puts the placeholders back. */
  value: object | string | number;
  /** Keys of children that span the grid's full width (their placeholder does too). */
  wide?: readonly string[];
}

/**
 * A grid's chart cards drawn one per task through `useStaged`, in order, with a placeholder of
 * about a card's height (`aria-busy`) until a card's turn. A new `value` first draws the view
 * around the cards alone, then the cards again one by one.
 */
export function Staged({ children, value, wide = [] }: StagedProps) {
  return children.map((child) => (
    <StagedCard key={child.key} value={value} wide={wide.includes(String(child.key))}>
      {child}
    </StagedCard>
  ));
}

function StagedCard({
  children,
  value,
  wide,
}: {
  children: ReactElement;
  value: object | string | number;
  wide: boolean;
}) {
  const drawn = useStaged(value);
  return Object.is(drawn, value) ? (
    children
  ) : (
    <section
      className={`card${wide ? ' card--wide' : ''}`}
      style={{ minHeight: 300 }}
      aria-busy="true"
    />
  );
}
