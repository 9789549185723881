import fs from 'node:fs';
import path from 'node:path';
import { datasetJson, runScript, tempFolders } from './run';

// Spreadsheets as analysts write them, imported by the real command; and what a killed import
// leaves behind, cleaned by the next one.

let dataDir: string;
let workDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, workDir, cleanup } = tempFolders()));
afterEach(() => cleanup());

const run = (args: string[]) => runScript('import', args, dataDir, workDir);

const SOURCE =
  'Northland said the army should be capped at 50,000.\nSouthland wants no cap at all.\nThe islands did not speak.\n';
const ISSUES =
  'id,title,scale_zero,scale_hundred\narmy_size_cap,Army size cap,No cap,A tight cap\nBorder_Line,Border line,Old line,New line\n';
const POSITIONS = [
  'Round,Party,Issue,Status,Value,Acceptable min,Acceptable max,Confidence,Label,Summary,Coding note,Source,Quote,Conditions,Checked',
  'Round 1,Northland,army_size_cap,Stated,80,60,,High,Cap at 50k,Wants a cap of 50000,,memo,"Northland said the army should be capped at 50,000.",[Border_Line] Only with a new line,',
  'Round 1,Southland,army_size_cap,INFERRED,10,,30,medium,No cap,Wants no cap,,memo,Southland wants no cap at all.,,',
  'Round 1,Islands,army_size_cap,No stated position,,,,low,,,,,,,memo',
  'Round 1,Northland,border-line,Not stated,,,,,,,,,,,',
  'Round 1,Southland,Border Line,none,,,,,,,,,,,',
].join('\n');

function write(positions = POSITIONS): string[] {
  fs.mkdirSync(path.join(workDir, 'texts'));
  fs.writeFileSync(path.join(workDir, 'texts', 'memo.txt'), SOURCE);
  fs.writeFileSync(path.join(workDir, 'issues.csv'), ISSUES);
  fs.writeFileSync(path.join(workDir, 'positions.csv'), positions);
  return ['positions.csv', '--id', 'talks', '--issues', 'issues.csv', '--sources-dir', 'texts'];
}

describe('npm run import of a spreadsheet', () => {
  it('takes status words, blank optional cells, half-open ranges, checked sources and ids to slugify', () => {
    const result = run([...write(), '--title', 'Talks (test)', '--summary', 'Made up.']);
    expect(result.status).toBe(0);
    expect(result.err).toContain(
      'warning: positions.csv: acceptable range given at one end only, read as open at the other: row 2 (60 up to 100), row 3 (0 up to 30)',
    );
    const slugs = result.err.split('\n').filter((l) => l.includes('ids made into slugs'));
    expect(slugs).toEqual([
      'warning: ids made into slugs (lowercase a-z, digits, single hyphens), here and wherever another file names them: "army_size_cap" → army-size-cap, "Border_Line" → border-line',
    ]);
    const d = datasetJson(dataDir, 'talks') as {
      issues: { id: string }[];
      positions: Record<string, unknown>[];
    };
    expect(d.issues.map((i) => i.id)).toEqual(['army-size-cap', 'border-line']);
    expect(d.positions.map((p) => p.status)).toEqual([
      'stated',
      'inferred',
      'none',
      'none',
      'none',
    ]);
    expect(d.positions[0]).toMatchObject({
      issue: 'army-size-cap',
      acceptable: { min: 60, max: 100 },
      conditions: [{ text: 'Only with a new line', issue: 'border-line' }],
    });
    expect(d.positions[0]).not.toHaveProperty('codingNote');
    expect(d.positions[2]).toEqual({
      party: 'islands',
      issue: 'army-size-cap',
      round: 'round-1',
      status: 'none',
      confidence: 'low',
      checked: ['memo'],
    });
    expect(d.positions[4]).toMatchObject({ issue: 'border-line', party: 'southland' });
  });

  it('refuses "Not coded", saying to leave the row out, and writes nothing', () => {
    const rows = `${POSITIONS}\nRound 1,Islands,border-line,Not coded,,,,,,,,,,,`;
    const result = run(write(rows));
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      "positions.csv, row 7, column status: 'Not coded' is what the pages show for a cell with no row: leave this row out",
    );
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('shows the nearest passage of the source for a quote with a typo', () => {
    const result = run(write(POSITIONS.replace('capped at 50,000.', 'capped at 50.000.')));
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      'positions.csv, row 2, column quote: is not found verbatim in source "memo"; the nearest passage there reads: "Northland said the army should be capped at 50,000"',
    );
  });
});

describe('npm run import after a killed import', () => {
  it('removes half-written versions and a dead lock, and restores a folder moved aside', () => {
    const args = [...write(), '--title', 'Talks (test)', '--summary', 'Made up.'];
    expect(run(args).status).toBe(0);
    // A killed update: its version half-written, its lock held by a process that is gone.
    const half = path.join(dataDir, '.versions', 'talks', '.tmp-20300101T000000Z-abcdef', 'talks');
    fs.mkdirSync(half, { recursive: true });
    fs.writeFileSync(path.join(half, 'dataset.json'), '{"id": "tal');
    fs.writeFileSync(path.join(dataDir, '.lock-talks'), '99999999\n');
    // The older writer, killed mid --force: the old folder moved aside, nothing in its place.
    fs.renameSync(path.join(dataDir, 'talks'), path.join(dataDir, '.old-talks-0a1b2c3d'));
    fs.mkdirSync(path.join(dataDir, '.tmp-talks-Zz9Yy8'));

    const again = run([...args, '--force']);
    expect(again.err).toContain(
      'recovered: restored talks, which an interrupted replace had moved aside',
    );
    expect(again.err).toContain(
      'recovered: removed a half-written copy of talks (.tmp-talks-Zz9Yy8)',
    );
    expect(again.err).toContain('recovered: removed 1 half-written version of talks');
    expect(again.status).toBe(0);
    expect(again.out).toMatch(/^no changes to talks/);
    expect(fs.readdirSync(dataDir)).toEqual(['talks']);
    expect(datasetJson(dataDir, 'talks').title).toBe('Talks (test)');
  });
});
