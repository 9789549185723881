export * from './dataset';
export * from './dates';
export * from './errors';
export * from './ids';
