import { startServer } from './server';

/** Starts the production server once for every browser test. */
export default async function globalSetup(): Promise<void> {
  await startServer();
}
