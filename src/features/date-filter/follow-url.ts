import { useLayoutEffect, useRef } from "react";

/**
 * A ref for an uncontrolled field of the filter form that shows `value`, the URL's, whenever the URL
 * changes it under the field (Back, a quick range, Clear). The field is updated in place rather than
 * re-created: a new field (a select with all its options) is drawn afresh in the frame that shows the
 * results.
 */
export function useFollowUrl<E extends HTMLInputElement | HTMLSelectElement>(value: string) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (field && field.value !== value) field.value = value;
  }, [value]);
  return ref;
}
