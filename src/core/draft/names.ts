/** Reviewer names. Kept apart from the drafting code, so the badge can use it without loading the templates. */

/**
 * An author name that names nobody: the placeholder a site shows for a reviewer without a public name ("A Google
 * user", "Anonymous", "Verified buyer"). Greeting "Hi A," or naming a button after it tells the user nothing.
 */
const PLACEHOLDER_NAME =
  /^(?:an? )?(?:(?:google|play|play store|app store|apple|trustpilot|yelp|tripadvisor|facebook|amazon|verified|anonymous|unknown|guest|former|past) )*(?:user|customer|reviewer|buyer|purchaser|guest|member|traveller|traveler|visitor|client|person|owner|diner|patient|shopper|anonymous|anon|someone|somebody|unknown|n\/a|none|null|undefined)s?$/i;
export function isPlaceholderName(name: unknown): boolean {
  if (typeof name !== 'string') return true;
  const n = name.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  return n === '' || PLACEHOLDER_NAME.test(n);
}
