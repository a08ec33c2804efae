/** How much the engagement jobs compute and send, where a limit keeps the page and the workers quick. */

/** Test posts sent for the scatter charts: enough to see the shape, few enough to draw within a frame or two. */
export const CHART_POINTS = 500;
/** Test posts the permutation importance shuffles at most (a seeded sample beyond): 5 repeats × features × a prediction each. */
export const PERMUTATION_ROWS = 2000;
/** Trees per learning-curve fit at most: the curve's shape, not the best score, is what it shows. */
export const CURVE_TREES = 50;
