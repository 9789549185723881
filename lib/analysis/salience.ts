/** RULE: a position with no salience given weighs 3, the middle of the 1-5 scale. */
export const DEFAULT_SALIENCE = 3;

/** The salience of a position, DEFAULT_SALIENCE when none is given. */
export function salienceOf(position: { salience?: number }): number {
  return position.salience ?? DEFAULT_SALIENCE;
}
