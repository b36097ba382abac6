/**
 * The Liftoff service's origin, the only host the cards call. `npm run hubspot:configure` rewrites it from
 * PUBLIC_BASE_URL, together with app-hsmeta permittedUrls.fetch (hubspot.fetch only reaches listed origins).
 */
export const SERVICE_ORIGIN = 'https://liftoff.example.com';
