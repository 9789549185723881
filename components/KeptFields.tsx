import type { KeptView } from '@/lib/url/query';

/**
 * Hidden fields a view's GET forms carry so that submitting them keeps the version being read,
 * the orientation (`omitOrient` where the form has its own orientation control) and the what-if
 * changes (`omitWhatIf` where the form builds its own).
 */
export function KeptFields({
  state,
  omitOrient = false,
  omitWhatIf = false,
}: {
  state: KeptView;
  omitOrient?: boolean;
  omitWhatIf?: boolean;
}) {
  return (
    <>
      {state.version ? <input type="hidden" name="version" value={state.version} /> : null}
      {state.orient && !omitOrient ? (
        <input type="hidden" name="orient" value={state.orient} />
      ) : null}
      {state.whatif && !omitWhatIf ? (
        <input type="hidden" name="whatif" value={state.whatif} />
      ) : null}
    </>
  );
}
