import { useLayoutEffect, useRef } from "react";

/**
 * A ref for an uncontrolled field of the filter form that shows `value`, the URL's, whenever the URL
 * changes it under the field (Back, a quick range, Clear, a typed date written back as YYYY-MM-DD). The
 * field is updated in place, not re-created, so that a field the reader is in keeps its focus.
 */
export function useFollowUrl<E extends HTMLInputElement | HTMLSelectElement>(value: string) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (field && field.value !== value) field.value = value;
  }, [value]);
  return ref;
}
