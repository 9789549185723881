import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The dataset commands as an analyst runs them: a real process, a temporary data folder
// (DATA_DIR), exit codes and messages. The rules under test: nothing is written on error, an
// existing dataset is never overwritten without --force, and a bad --force run leaves it as it was.

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const EXAMPLE = path.join(ROOT, 'docs', 'examples', 'northport-talks');

let dataDir: string;
let workDir: string;

function run(script: string, args: string[], cwd = workDir) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, INIT_CWD: cwd },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const importArgs = (id: string) => [
  'positions.csv',
  '--id',
  id,
  '--title',
  'Northport (test)',
  '--summary',
  'A made-up negotiation.',
  '--parties',
  'parties.csv',
  '--issues',
  'issues.csv',
  '--rounds',
  'rounds.csv',
  '--sources',
  'sources.csv',
  '--sources-dir',
  'sources',
];

/** Every file under a folder with its contents, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
  }
  return out;
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-data-'));
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-work-'));
  fs.cpSync(EXAMPLE, workDir, { recursive: true });
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('writes a valid dataset from the worked example, then refuses to overwrite it', () => {
    const first = run('import', importArgs('northport-talks'));
    expect(first.err).toBe('');
    expect(first.status).toBe(0);
    expect(first.out).toMatch(
      /^wrote .*northport-talks: 4 parties, 3 issues, 2 rounds, 13 positions/,
    );
    const check = run('validate', [path.join(dataDir, 'northport-talks')]);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/^ok +northport-talks/);

    const before = snapshot(dataDir);
    const again = run('import', importArgs('northport-talks'));
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/nothing was written: .*already exists.*--force/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('writes nothing when a row is wrong, naming the file, row and column', () => {
    const file = path.join(workDir, 'positions.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    // the second data row: its value becomes text
    lines[2] = lines[2]!.replace(/,(\d{1,3}),/, ',lots,');
    fs.writeFileSync(file, lines.join('\n'));
    const result = run('import', importArgs('northport-talks'));
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/nothing was written/);
    expect(result.err).toContain(
      "positions.csv, row 3, column value: 'lots' is not a number from 0 to 100",
    );
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('leaves an existing dataset untouched when a --force import has errors', () => {
    expect(run('import', importArgs('northport-talks')).status).toBe(0);
    const before = snapshot(dataDir);
    fs.writeFileSync(path.join(workDir, 'positions.csv'), 'party,issue\nnorthland\n');
    const result = run('import', [...importArgs('northport-talks'), '--force']);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/nothing was written/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('replaces an existing dataset with --force when the new one is valid', () => {
    expect(run('import', importArgs('northport-talks')).status).toBe(0);
    const args = importArgs('northport-talks');
    args[args.indexOf('--title') + 1] = 'Northport, second import (test)';
    const result = run('import', [...args, '--force']);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^replaced /);
    const json = fs.readFileSync(path.join(dataDir, 'northport-talks', 'dataset.json'), 'utf8');
    expect(json).toContain('Northport, second import (test)');
    // The new version is swapped in by link; the replaced one waits in the hidden .versions folder.
    expect(fs.readdirSync(dataDir).sort()).toEqual(['.versions', 'northport-talks']);
  });
});

describe('npm run new-dataset', () => {
  it('scaffolds a valid dataset and will not overwrite one', () => {
    const made = run('new-dataset', ['my-talks']);
    expect(made.status).toBe(0);
    expect(run('validate', [path.join(dataDir, 'my-talks')]).status).toBe(0);
    const before = snapshot(dataDir);
    const again = run('new-dataset', ['my-talks']);
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/already exists/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses an id that is not a slug, and writes nothing', () => {
    const result = run('new-dataset', ['../escape']);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/cannot be a dataset id/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(path.dirname(dataDir), 'escape'))).toBe(false);
  });
});

describe('npm run export and validate', () => {
  it('exports a dataset to CSV that imports again under a new id', () => {
    expect(run('import', importArgs('northport-talks')).status).toBe(0);
    const out = path.join(workDir, 'exported');
    const exported = run('export', ['northport-talks', out]);
    expect(exported.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(
      expect.arrayContaining(['issues.csv', 'parties.csv', 'positions.csv', 'rounds.csv']),
    );
    const again = run('import', importArgs('northport-copy'), out);
    expect(again.err).toBe('');
    expect(again.status).toBe(0);
    expect(run('validate', [path.join(dataDir, 'northport-copy')]).status).toBe(0);
  });

  it('validate exits 1 and names the path of a problem', () => {
    expect(run('import', importArgs('northport-talks')).status).toBe(0);
    const file = path.join(dataDir, 'northport-talks', 'dataset.json');
    const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      positions: { value?: unknown }[];
    };
    dataset.positions[0]!.value = 140;
    fs.writeFileSync(file, JSON.stringify(dataset));
    const result = run('validate', [path.join(dataDir, 'northport-talks')]);
    expect(result.status).toBe(1);
    expect(`${result.out}${result.err}`).toMatch(
      /positions\[0\]\.value: must be a number from 0 to 100/,
    );
  });
});
