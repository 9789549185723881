import type { Dataset } from '@/lib/model';

/** A request to one workspace mutation, and the least role that may make it. */
export interface Mutation {
  what: string;
  method: string;
  path: string;
  body: unknown;
  needs: 'coder' | 'reviewer' | 'admin';
}

/** What the requests are about: the walk's dataset as the API read it, and who the viewer is. */
export interface MutationTargets {
  datasetId: string;
  dataset: Dataset;
  /** The dataset's revision when read. */
  revision: number;
  /** The position cell the reviews are about, `party/issue/round`. */
  cell: string;
  /** The joint statement's text, sent back unchanged with its edit. */
  text: string;
  viewerId: number;
}

/**
 * A well-formed request to every mutation of the workspace (docs/workspace-access.md), each
 * one that would succeed for a role allowed to make it: the walk sends them as a viewer first
 * (all refused), then as the roles allowed (all go through).
 */
export function everyMutation(t: MutationTargets): Mutation[] {
  const { datasetId, dataset, revision, cell, text, viewerId } = t;
  const quote = {
    source: 'joint-statement',
    attribution: 'own-words',
    quote: 'Both sides will meet again in July.',
  };
  const position = dataset.positions.find((p) => p.party === 'party-a')!;
  const save = (item: unknown, extra: object = {}) => ({
    baseRevision: revision,
    reason: 'sent straight to the API',
    item,
    ...extra,
  });
  return [
    {
      what: 'create a dataset',
      method: 'POST',
      path: '/api/workspace/datasets',
      body: { id: 'second-talks', title: 'Second talks' },
      needs: 'coder',
    },
    {
      what: 'edit a source',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/sources`,
      body: save({ ...dataset.sources[1], title: 'Joint statement of 3 June 2025' }, { text }),
      needs: 'coder',
    },
    {
      what: 'edit a party',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/parties`,
      body: save({ ...dataset.parties[0], name: 'Republic of Arland' }),
      needs: 'coder',
    },
    {
      what: 'edit an issue',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/issues`,
      body: save({ ...dataset.issues[0], title: 'Opening of the strait' }),
      needs: 'coder',
    },
    {
      what: 'edit a round',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/rounds`,
      body: save({ ...dataset.rounds[0], label: 'First round' }),
      needs: 'coder',
    },
    {
      what: 'edit a position',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/positions`,
      body: save({ ...position, value: 5 }),
      needs: 'coder',
    },
    {
      what: 'add an event',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/events`,
      body: save(
        {
          date: '2025-06-03',
          title: 'Talks to resume in July',
          parties: ['party-a'],
          evidence: [quote],
        },
        { create: true },
      ),
      needs: 'coder',
    },
    {
      what: 'add an outcome',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/outcomes`,
      body: save(
        {
          issue: 'example-issue',
          round: 'round-1',
          parties: ['party-a', 'party-b'],
          summary: 'They will meet again.',
          evidence: [quote],
        },
        { create: true },
      ),
      needs: 'coder',
    },
    {
      what: 'add a delegation',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/delegations`,
      body: save(
        { party: 'party-b', members: [{ name: 'B. Person', role: 'Envoy' }] },
        { create: true },
      ),
      needs: 'coder',
    },
    {
      what: 'use a passage as evidence',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/evidence`,
      body: { party: 'party-b', issue: 'example-issue', round: 'round-1', ...quote },
      needs: 'coder',
    },
    {
      what: 'comment on a cell',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/reviews`,
      body: { cell, kind: 'comment', revision, text: 'A comment sent straight to the API' },
      needs: 'coder',
    },
    {
      what: 'challenge a cell',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/reviews`,
      body: {
        cell,
        kind: 'challenge',
        revision,
        text: 'A challenge sent straight to the API',
      },
      needs: 'reviewer',
    },
    {
      what: 'approve a cell',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/reviews`,
      body: { cell, kind: 'approve', revision },
      needs: 'reviewer',
    },
    {
      what: 'remove an item',
      method: 'POST',
      path: `/api/workspace/datasets/${datasetId}/sources/remove`,
      body: { key: 'example-source', baseRevision: revision, confirm: true },
      needs: 'coder',
    },
    {
      what: 'add a user',
      method: 'POST',
      path: '/api/workspace/users',
      body: {
        email: 'second-admin@example.org',
        role: 'admin',
        password: 'a second admin password long',
      },
      needs: 'admin',
    },
    {
      what: 'make oneself admin',
      method: 'PATCH',
      path: `/api/workspace/users/${viewerId}`,
      body: { role: 'admin' },
      needs: 'admin',
    },
    {
      what: 'make oneself admin by form',
      method: 'POST',
      path: `/api/workspace/users/${viewerId}`,
      body: { role: 'admin' },
      needs: 'admin',
    },
  ];
}
