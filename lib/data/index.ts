export * from './limits';
export * from './loader';
