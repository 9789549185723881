/** The gap engine: pure analysis of a validated dataset (no fs, next or react). Internal helpers (columns.ts) stay unexported. */
export * from './interval';
export * from './timeline';
export * from './snapshot';
export * from './salience';
export * from './gaps';
export * from './zone';
export * from './disagreement';
export * from './alignment';
export * from './topk';
export * from './rankings';
export * from './demands';
export * from './shifts';
export * from './engine';
export * from './coverage';
export * from './presence';
export * from './pair';
export * from './contested';
