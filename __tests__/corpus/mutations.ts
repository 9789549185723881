import { BUNDLED_ID, type Json, type Mutation } from './bundle';
import { FILES } from './cases/files';
import { HOSTILE } from './cases/hostile';
import { REFERENCES } from './cases/references';
import { STRUCTURE } from './cases/structure';
import { VALUES } from './cases/values';

export { BUNDLED_ID, bundled, writeBundle } from './bundle';
export type { Bundle, Mutation } from './bundle';

/** Sets the id of the edited dataset to the folder it will be written to. */
const withId = (id: string, m: Omit<Mutation, 'name'> & { name: string }): Mutation => ({
  ...m,
  apply: (b) => {
    const out = m.apply(b);
    try {
      const d = JSON.parse(out.json) as Json;
      if (d && typeof d === 'object' && !Array.isArray(d) && d.id === BUNDLED_ID) {
        d.id = id;
        return { ...out, json: JSON.stringify(d, null, 2) };
      }
    } catch {
      // broken JSON stays as it is
    }
    return out;
  },
});

const RAW: Mutation[] = [...STRUCTURE, ...VALUES, ...REFERENCES, ...HOSTILE, ...FILES];

/** At least thirty ways to break the bundled dataset, each with the path its error must name. */
export const MUTATIONS: readonly Mutation[] = RAW.map((m) => withId(`bad-${m.name}`, m));
