import type { ViewState } from '@/lib/url/query';

/** Hidden fields a view's GET forms carry so that submitting them keeps the version being read. */
export function KeptFields({ state }: { state: Pick<ViewState, 'version'> }) {
  return state.version ? <input type="hidden" name="version" value={state.version} /> : null;
}
