export * from './datasets';
export * from './entry';
export * from './limits';
export * from './root';
export * from './store';
export { FileStore } from './files/fileStore';
export { isDatasetFolderName } from './files/fileStore';
