// A labelled group of checkboxes bound to an array field of the autosave form (peak months, sites):
// each change sets the whole array, which the form validates and queues like any field.
export function CheckGroup<V extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: V; label: string }[];
  value: readonly V[];
  onChange: (next: V[]) => void;
}) {
  return (
    <fieldset className="bia-check-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="bia-check">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? options.map((x) => x.value).filter((v) => v === o.value || value.includes(v))
                  : value.filter((v) => v !== o.value),
              )
            }
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
