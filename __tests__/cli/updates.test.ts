import fs from 'node:fs';
import path from 'node:path';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { withEveryField } from '@/lib/syntheticExtras';
import { datasetJson, ROOT, runScript, tempFolders } from './run';

// Export, import back, update in place and replace, as an analyst runs them: real processes
// against temporary data folders. Nothing may be lost without being asked for.

const EXAMPLE = path.join(ROOT, 'docs', 'examples', 'northport-talks');
const BUNDLED = path.join(ROOT, 'data', 'istanbul-2025');

let dataDir: string;
let workDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, workDir, cleanup } = tempFolders()));
afterEach(() => cleanup());

const run = (script: string, args: string[], data = dataDir) =>
  runScript(script, args, data, workDir);

const exampleArgs = [
  path.join(EXAMPLE, 'positions.csv'),
  '--id',
  'northport-talks',
  '--title',
  'Northport (test)',
  '--summary',
  'A made-up negotiation.',
  ...['parties', 'issues', 'rounds', 'sources'].flatMap((f) => [
    `--${f}`,
    path.join(EXAMPLE, `${f}.csv`),
  ]),
  '--sources-dir',
  path.join(EXAMPLE, 'sources'),
];

function copyBundled(): void {
  fs.cpSync(BUNDLED, path.join(dataDir, 'istanbul-2025'), { recursive: true });
}

/** Exports data/<id> to a folder and imports that folder into a fresh data folder. */
function exportAndReimport(id: string) {
  const out = path.join(workDir, 'exported');
  const exported = run('export', [id, out]);
  expect(exported.status).toBe(0);
  const other = path.join(workDir, 'data-again');
  const again = run('import', [out, '--id', id], other);
  expect(again.err).toBe('');
  expect(again.status).toBe(0);
  return { out, exported, again: datasetJson(other, id) };
}

describe('npm run export, then npm run import of the folder', () => {
  it('rebuilds the bundled dataset exactly, and says truthfully what it wrote', () => {
    copyBundled();
    const { exported, again } = exportAndReimport('istanbul-2025');
    expect(again).toStrictEqual(datasetJson(dataDir, 'istanbul-2025'));
    expect(exported.out).toContain('events.csv (10 events)');
    expect(exported.out).toContain('delegations.csv (4 delegations)');
    expect(exported.out).toContain('every field of istanbul-2025 is in these files');
  });

  it('rebuilds the docs example exactly', () => {
    expect(run('import', exampleArgs).status).toBe(0);
    expect(exportAndReimport('northport-talks').again).toStrictEqual(
      datasetJson(dataDir, 'northport-talks'),
    );
  });

  it('rebuilds the Veloria example exactly: rounds lists, proposals, supersedes, clauses and a withdrawal', () => {
    const veloria = path.join(ROOT, 'docs', 'examples', 'veloria-water-talks');
    const args = [
      path.join(veloria, 'positions.csv'),
      ...['--id', 'veloria-water-talks', '--title', 'Veloria (test)', '--summary', 'Made up.'],
      ...['parties', 'issues', 'rounds', 'sources', 'clauses'].flatMap((f) => [
        `--${f}`,
        path.join(veloria, `${f}.csv`),
      ]),
      ...['--sources-dir', path.join(veloria, 'sources')],
    ];
    expect(run('import', args).status).toBe(0);
    const written = datasetJson(dataDir, 'veloria-water-talks');
    expect(JSON.stringify(written)).toContain('"supersedes":"draft-framework"');
    expect(JSON.stringify(written)).toContain('"number":"13"');
    expect(exportAndReimport('veloria-water-talks').again).toStrictEqual(written);
  });

  it('rebuilds a generated dataset with every optional field, formula-like text neutralised in the files', () => {
    const { dataset, sourceFile, sourceText } = withEveryField(
      syntheticDataset({ parties: 5, issues: 6, rounds: 2, seed: 5, id: 'generated' }),
    );
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    const written = writeDatasetFolder(dataDir, {
      id: 'generated',
      json,
      sources: new Map([[sourceFile, sourceText]]),
    });
    expect(written.ok).toBe(true);
    const { out, again } = exportAndReimport('generated');
    expect(again).toStrictEqual(JSON.parse(json));
    expect(fs.readFileSync(path.join(out, 'parties.csv'), 'utf8')).toContain('"\'=Member one; ');
  });
});

describe('npm run import --into', () => {
  it('adds a row to the bundled dataset and keeps everything else, with a change summary', () => {
    copyBundled();
    const before = datasetJson(dataDir, 'istanbul-2025');
    const rows =
      'round,party,issue,status,checked\nkyiv-2025-05-10,us,sequencing,Not stated,pism-istanbul-2025\n';
    fs.writeFileSync(path.join(workDir, 'new.csv'), rows);
    const result = run('import', ['new.csv', '--into', 'istanbul-2025']);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain('positions: 1 added, 0 changed, 76 unchanged');
    expect(result.out).toContain('events: 0 added, 0 changed, 10 unchanged');
    const after = datasetJson(dataDir, 'istanbul-2025');
    expect(after.events).toEqual(before.events);
    expect(after.delegations).toEqual(before.delegations);
    expect(after.title).toBe(before.title);
    expect((after.positions as unknown[]).at(-1)).toEqual({
      party: 'us',
      issue: 'sequencing',
      round: 'kyiv-2025-05-10',
      status: 'none',
      checked: ['pism-istanbul-2025'],
    });
    const dir = path.join(dataDir, 'istanbul-2025');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json.previous'), 'utf8'))).toEqual(
      before,
    );
    const changes = fs.readFileSync(path.join(dir, 'CHANGES.md'), 'utf8');
    expect(changes).toMatch(/^# Changes\n/);
    expect(changes).toMatch(
      /\n## \d{4}-\d\d-\d\d, version [0-9a-f]{8}: updated in place \(--into\)\n/,
    );
    expect(changes).toContain('- positions: 1 added, 0 changed, 76 unchanged');
  });

  it('replaces the rows it names, printing old → new, and puts the newest change first', () => {
    expect(run('import', exampleArgs).status).toBe(0);
    const out = path.join(workDir, 'exported');
    expect(run('export', ['northport-talks', out]).status).toBe(0);
    const file = path.join(out, 'positions.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(',40,30,60,4,', ',45,30,60,4,'));
    const first = run('import', [out, '--into', 'northport-talks']);
    expect(first.status).toBe(0);
    expect(first.out).toContain('positions: 0 added, 1 changed, 12 unchanged');
    expect(first.out).toContain('changed round-1 / southland / tariffs: value: 40 → 45');
    expect(first.out).toContain('parties: 0 added, 0 changed, 4 unchanged');
    // Nothing new: nothing is written.
    expect(run('import', [out, '--into', 'northport-talks']).out).toMatch(
      /^no changes to northport-talks/,
    );
    fs.writeFileSync(path.join(out, 'dataset.csv'), 'title,summary,as_of\nNorthport renamed,,\n');
    expect(run('import', [out, '--into', 'northport-talks']).status).toBe(0);
    const changes = fs.readFileSync(path.join(dataDir, 'northport-talks', 'CHANGES.md'), 'utf8');
    expect(changes.indexOf('title: "Northport (test)" → "Northport renamed"')).toBeLessThan(
      changes.indexOf('value: 40 → 45'),
    );
    expect(datasetJson(dataDir, 'northport-talks').title).toBe('Northport renamed');
    expect(datasetJson(dataDir, 'northport-talks').summary).toBe('A made-up negotiation.');
  });
});

describe('npm run import --force', () => {
  it('lists what a replacement removes and refuses to drop events, outcomes, delegations, title and summary', () => {
    copyBundled();
    const out = path.join(workDir, 'exported');
    expect(run('export', ['istanbul-2025', out]).status).toBe(0);
    for (const f of ['events.csv', 'outcomes.csv', 'delegations.csv', 'dataset.csv'])
      fs.rmSync(path.join(out, f));
    const before = fs.readFileSync(path.join(dataDir, 'istanbul-2025', 'dataset.json'), 'utf8');
    const refused = run('import', [out, '--id', 'istanbul-2025', '--force']);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(
      'this replacement removes 10 events: 2025-05-10 E4 leaders meet in Kyiv',
    );
    expect(refused.err).toContain(
      'nothing was written: the replacement would drop 10 events, 2 outcomes, 4 delegations, the title, the summary of istanbul-2025',
    );
    expect(fs.readFileSync(path.join(dataDir, 'istanbul-2025', 'dataset.json'), 'utf8')).toBe(
      before,
    );

    const allowed = run('import', [out, '--id', 'istanbul-2025', '--force', '--allow-drop']);
    expect(allowed.status).toBe(0);
    expect(allowed.out).toMatch(/^replaced .*istanbul-2025: .* 0 events/);
    expect(allowed.out).toContain('events: 0 added, 0 changed, 0 unchanged, 10 removed');
    const dir = path.join(dataDir, 'istanbul-2025');
    expect(fs.readFileSync(path.join(dir, 'dataset.json.previous'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(dir, 'CHANGES.md'), 'utf8')).toContain('replaced (--force)');
  });
});
