import { withoutKept } from '@/lib/url/keptLinks';
import { changesHref, datasetHref } from '@/lib/url/routes';
import { formatTime } from './changes';

/** A workspace revision as the old-version notice names it. */
export interface RevisionFacts {
  number: number;
  author: string;
  /** ISO time. */
  time: string;
  reason: string;
}

/** The notice at the top of every page of an old version: what is shown, and the way back. */
export interface OldVersionView {
  heading: string;
  detail: string;
  latestHref: string;
  /** The changes made since this version (workspace datasets). */
  changesHref?: string;
  /** The short mark every slide and export carries: "Old version r3 (latest r12-…)". */
  stamp: string;
}

/** The notice for a page showing version `shown` when `latest` is the current one. */
export function oldVersionView(
  datasetId: string,
  shown: string,
  latest: string,
  revision?: RevisionFacts,
): OldVersionView {
  const heading = revision
    ? `Old version: revision ${revision.number} (${shown})`
    : `Old version: ${shown}`;
  const saved = revision
    ? `Saved ${formatTime(revision.time)} by ${revision.author}${revision.reason ? ` ("${revision.reason}")` : ''}. `
    : '';
  return {
    heading,
    detail: `${saved}Everything on this page is as it stood in that version; the latest version is ${latest}.`,
    // The way back to the latest keeps the orientation, not the old version.
    latestHref: withoutKept(['version'], () => datasetHref(datasetId)),
    changesHref: revision
      ? withoutKept(['version'], () => changesHref(datasetId, `?from=${revision.number}`))
      : undefined,
    stamp: `Old version ${shown} (latest ${latest})`,
  };
}

/** What a page says when its URL asks for a version the dataset does not have. */
export function missingVersionView(
  datasetId: string,
  requested: string,
  latest: string,
  home: 'folder' | 'workspace',
): { heading: string; detail: string; latestHref: string; changesHref: string } {
  const detail =
    home === 'folder'
      ? `This dataset lives in a folder, which keeps only its current version (${latest}); its earlier states are in git and its recorded changes on the Changes page.`
      : `Its versions are its revisions, from 1 up to the latest, ${latest}; the Changes page lists them.`;
  return {
    heading: `This dataset has no version "${requested}"`,
    detail,
    latestHref: datasetHref(datasetId),
    changesHref: changesHref(datasetId),
  };
}
