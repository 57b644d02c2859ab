import { error } from '@sveltejs/kit';

/** Owner-only pages (R14): anyone else gets the same 404 as for a page that does not exist. */
export function requireOwner(permissions: { isOwner: boolean }) {
  if (!permissions.isOwner) error(404, { message: 'not_found' });
}
