import type { Dataset } from '@/lib/model';
import { quoteAnchor } from '@/lib/url/anchors';
import {
  compareHref,
  changesHref,
  coverageHref,
  datasetHref,
  downloadHref,
  evidenceHref,
  issueHref,
  issuesHref,
  matrixHref,
  pairHref,
  quoteHref,
  sourcePageHref,
  sourceHref,
} from '@/lib/url/routes';

/** Only what pairHref reads: the id and the rounds' dates (r2 is the latest). */
const rounds = [
  { id: 'r1', date: '2025-05-10' },
  { id: 'r2', date: '2025-05-16' },
];
const d = { id: 'talks', rounds } as unknown as Dataset;

describe('datasetHref', () => {
  it('is the overview without a page, and the page below the dataset with one', () => {
    expect(datasetHref('talks')).toBe('/talks');
    expect(datasetHref('talks', 'timeline')).toBe('/talks/timeline');
    expect(datasetHref('talks', 'brief', '?slide=3')).toBe('/talks/brief?slide=3');
  });

  it('keeps an id to one path segment', () => {
    expect(datasetHref('a/b')).toBe('/a%2Fb');
  });
});

describe('downloadHref', () => {
  it('names the file below the dataset, query kept', () => {
    expect(downloadHref('talks', 'matrix.csv', '?round=r1')).toBe('/talks/matrix.csv?round=r1');
    expect(downloadHref('talks', 'chart.csv')).toBe('/talks/chart.csv');
  });
});

describe('matrixHref / evidenceHref', () => {
  it('leads to the matrix and to one cell’s evidence', () => {
    expect(matrixHref('talks')).toBe('/talks/matrix');
    expect(matrixHref('talks', '?sort=title')).toBe('/talks/matrix?sort=title');
    expect(evidenceHref('talks', 'nato', 'ukraine')).toBe('/talks/matrix/nato/ukraine');
    expect(evidenceHref('talks', 'nato', 'ukraine', '?round=r1')).toBe(
      '/talks/matrix/nato/ukraine?round=r1',
    );
  });
});

describe('issuesHref / issueHref', () => {
  it('leads to the list and to one issue, query kept', () => {
    expect(issuesHref('talks')).toBe('/talks/issues');
    expect(issueHref('talks', 'nato')).toBe('/talks/issues/nato');
    expect(issueHref('talks', 'nato', '?parties=a,b')).toBe('/talks/issues/nato?parties=a,b');
  });
});

describe('compareHref', () => {
  it('leads to the compare form', () => {
    expect(compareHref('talks')).toBe('/talks/compare');
    expect(compareHref('talks', '?round=r1')).toBe('/talks/compare?round=r1');
  });
});

describe('pairHref', () => {
  it('drops the latest round and keeps an earlier one', () => {
    expect(pairHref(d, 'ukraine', 'russia', { round: 'r2' })).toBe('/talks/compare/ukraine/russia');
    expect(pairHref(d, 'ukraine', 'russia', { round: 'r1' })).toBe(
      '/talks/compare/ukraine/russia?round=r1',
    );
  });
});

describe('sourceHref / quoteHref', () => {
  it('leads to the source, and to the passage on its source’s own page', () => {
    expect(sourceHref('talks', 'src')).toBe('/talks/sources/src');
    const anchor = quoteAnchor('src', 'second passage');
    expect(quoteHref('talks', 'src', 'second passage')).toBe(
      `/talks/sources/src?passage=${anchor}#${anchor}`,
    );
    expect(sourcePageHref('talks', 'src', 1)).toBe('/talks/sources/src');
    expect(sourcePageHref('talks', 'src', 3, '?version=2')).toBe(
      '/talks/sources/src?version=2&page=3',
    );
  });
});

describe('coverageHref', () => {
  it('is the dataset coverage page, and its CSV sits beside it', () => {
    expect(coverageHref('talks')).toBe('/talks/coverage');
    expect(downloadHref('talks', 'coverage.csv')).toBe('/talks/coverage.csv');
  });
});

describe('changesHref', () => {
  it('is the dataset changes page with its range, and its CSV sits beside it', () => {
    expect(changesHref('talks')).toBe('/talks/changes');
    expect(changesHref('talks', '?from=2&to=5')).toBe('/talks/changes?from=2&to=5');
    expect(downloadHref('talks', 'changes.csv', '?from=2')).toBe('/talks/changes.csv?from=2');
  });
});
