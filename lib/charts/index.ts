/** Chart series builders: pure functions from a dataset and its analysis to what each chart draws. */
export * from './parties';
export * from './shapes';
export * from './strip';
export * from './stacked';
export * from './ranking';
export * from './heatmap';
export * from './shifts';
export * from './csv';
export * from './layout';
export * from './export';
