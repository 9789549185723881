export * from './dataset';
export * from './dates';
export * from './errors';
export * from './ids';
export * from './nearest';
export * from './quotes';
export * from './validate';
export * from './attendance';
