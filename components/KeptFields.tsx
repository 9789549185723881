import type { KeptView } from '@/lib/url/query';

/**
 * Hidden fields a view's GET forms carry so that submitting them keeps the version being read
 * and the orientation (`omitOrient` where the form has its own orientation control).
 */
export function KeptFields({
  state,
  omitOrient = false,
}: {
  state: KeptView;
  omitOrient?: boolean;
}) {
  return (
    <>
      {state.version ? <input type="hidden" name="version" value={state.version} /> : null}
      {state.orient && !omitOrient ? (
        <input type="hidden" name="orient" value={state.orient} />
      ) : null}
    </>
  );
}
