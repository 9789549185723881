import type { KeptView } from '@/lib/url/query';

/**
 * Hidden fields a view's GET forms carry so that submitting them keeps the version being read,
 * the orientation and the what-if changes (`omitWhatIf` where the form builds its own).
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
    </>
  );
}
