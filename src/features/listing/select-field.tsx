import { useFollowUrl } from "./follow-url.ts";

/** A <select> of the filter form: the value comes from the URL, and follows it (Back, Clear). */
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
  const field = useFollowUrl<HTMLSelectElement>(value ?? "");
  return (
    <label>
      <span>{label}</span>
      <select ref={field} name={name} defaultValue={value ?? ""}>
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
