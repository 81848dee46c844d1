/** A <select> of the filter form: the value comes from the URL (keyed, so Back resets it). */
export function SelectField({
  label,
  name,
  value,
  any,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label>
      <span>{label}</span>
      <select key={`${name}-${value ?? ""}`} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
