import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '@/lib/data/workspace/migrations';
import { WorkerClient } from './client';

/** A database engine the workspace tests run against. */
export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** False when the engine cannot run here (PostgreSQL without TEST_DATABASE_URL). */
  available: boolean;
  /** A new, empty workspace: the environment variables a worker opens it with. */
  fresh(): Promise<Record<string, string>>;
  /** Removes every workspace this engine made. */
  cleanup(): Promise<void>;
}

const TEST_URL = process.env.TEST_DATABASE_URL?.trim() ?? '';

/**
 * A migrated, empty PGlite folder, made once and kept in the temp folder (creating a database
 * takes seconds; copying one is quick). Built beside its final place and renamed in, so test
 * files starting together never see half of one.
 */
async function pgliteTemplate(): Promise<string> {
  const pkg = path.resolve(__dirname, '../../../node_modules/@electric-sql/pglite/package.json');
  const { version } = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string };
  const template = path.join(
    os.tmpdir(),
    `ws-test-template-pglite${version}-m${MIGRATIONS.length}`,
  );
  if (fs.existsSync(path.join(template, 'pgdata'))) return template;
  const building = fs.mkdtempSync(`${template}-building-`);
  const { client, hello } = await WorkerClient.start({ WORKSPACE_DIR: building });
  if ('fatal' in hello) throw new Error(hello.fatal);
  await client.close();
  try {
    fs.renameSync(building, template);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another file made it first
  }
  return template;
}

function pglite(): TestEngine {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    available: true,
    async fresh() {
      const template = await pgliteTemplate();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-test-'));
      dirs.push(dir);
      fs.cpSync(template, dir, { recursive: true });
      return { WORKSPACE_DIR: dir };
    },
    async cleanup() {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL with every connection's search_path set to one schema, so each test has its own tables. */
function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

function postgres(): TestEngine {
  const schemas: string[] = [];
  const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: TEST_URL });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    available: TEST_URL !== '',
    async fresh() {
      const schema = `ws_test_${randomBytes(5).toString('hex')}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      return { DATABASE_URL: withSchema(TEST_URL, schema) };
    },
    async cleanup() {
      if (!schemas.length) return;
      await admin(async (c) => {
        for (const schema of schemas) await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      });
    },
  };
}

/** Both engines; PostgreSQL is skipped, with a note, when TEST_DATABASE_URL is not set. */
export const ENGINES: TestEngine[] = [pglite(), postgres()];

let noted = false;

/** Says, once per test file, that the PostgreSQL engine is skipped here. */
export function noteSkippedPostgres(): void {
  if (TEST_URL || noted) return;
  noted = true;
  console.warn(
    'TEST_DATABASE_URL is not set: the workspace tests skip the PostgreSQL engine (CI sets it; see .ci/run)',
  );
}

/** describe for an available engine, describe.skip (with the note) for one that is not. */
export function describeEngine(engine: TestEngine): jest.Describe {
  if (engine.available) return describe;
  noteSkippedPostgres();
  return describe.skip;
}

/** The bundled example dataset's folder. */
export const EXAMPLE_DIR = path.resolve(__dirname, '../../../data/istanbul-2025');
