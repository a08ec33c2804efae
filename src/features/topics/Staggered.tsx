import type { ReactElement } from 'react';
import { useStagger } from './useStagger.ts';

export interface StaggeredProps {
  /** The heavy children (charts), each with a key; drawn one per task. */
  children: readonly ReactElement[];
  /** A new value starts the staggering again (a new result). */
  resetKey: string;
  /** Keys of children that span the grid's full width (their placeholder does too). */
  wide?: readonly string[];
}

/** Draws its children one per task (see useStagger), with a placeholder of about a chart's height for those not drawn yet. */
export function Staggered({ children, resetKey, wide = [] }: StaggeredProps) {
  const drawn = useStagger(children.length, resetKey);
  return children.map((child, i) =>
    i < drawn ? (
      child
    ) : (
      <section
        key={child.key}
        className={`card${wide.includes(String(child.key)) ? ' card--wide' : ''}`}
        style={{ minHeight: 300 }}
        aria-busy="true"
      />
    ),
  );
}
