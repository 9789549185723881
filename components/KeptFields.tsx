import type { KeptView } from '@/lib/url/query';

/**
 * Hidden fields a view's GET forms carry so that submitting them keeps the version being read,
 * the orientation, the what-if changes (`omitWhatIf` where the form builds its own) and
 * whether approved cells alone are read.
 */
export function KeptFields({
  state,
  omitWhatIf = false,
}: {
  state: KeptView;
  omitWhatIf?: boolean;
}) {
  return (
    <>
      {state.version ? <input type="hidden" name="version" value={state.version} /> : null}
      {state.orient ? <input type="hidden" name="orient" value={state.orient} /> : null}
      {state.whatif && !omitWhatIf ? (
        <input type="hidden" name="whatif" value={state.whatif} />
      ) : null}
      {state.reviewed ? <input type="hidden" name="reviewed" value={state.reviewed} /> : null}
    </>
  );
}
