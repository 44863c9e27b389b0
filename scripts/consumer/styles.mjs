// What the package checks know about styled-components' class names.

/**
 * Whether `name` is a styled component's id class, which marks its elements and holds no rules of its
 * own: styled-components' generated `sc-…` ids, and the bubble's fixed, versioned id
 * (`CallRecordBubble-crb-bubble-1-0-0`). Every other class on the bubble must have CSS.
 *
 * @example
 * isComponentIdClass('CallRecordBubble-crb-bubble-1-0-0'); // true
 * isComponentIdClass('gcnTZL'); // false
 */
export function isComponentIdClass(name) {
  return name.startsWith('sc-') || /-crb-bubble-[\d-]+$/.test(name);
}
