export * from './body';
export * from './form';
export * from './locator';
export * from './parts';
export * from './problems';
