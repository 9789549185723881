import { stopServer } from './server';

/** Stops the server started by globalSetup. */
export default async function globalTeardown(): Promise<void> {
  stopServer();
}
