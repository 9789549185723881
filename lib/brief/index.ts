/** Briefing mode: the slide model and the pure function that builds a deck from a dataset view. */
export * from './schema';
export * from './deck';
export * from './paginate';
export * from './strip';
export { versionText } from './method';
export { listSeparator, MATRIX_PARTIES, MATRIX_ROWS, RANKING_LIMIT } from './overview';
export { ISSUE_ROWS } from './issues';
export { DECK_DEFAULT, DECK_MAX, deckChoices } from './selection';
