/** Widths every session is rendered at: a desktop column, and a phone held upright. */
export const WIDTHS = [80, 40] as const;
export const COLS = WIDTHS[0];
export const ROWS = 18;
