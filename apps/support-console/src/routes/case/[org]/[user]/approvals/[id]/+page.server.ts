import { error } from '@sveltejs/kit';
import { readMfa } from '$lib/paths';
import { getApproval, listServices, type Service } from '$lib/server/support';
import type { PageServerLoad } from './$types';

/** One approval request (R41) and its live state; polled by the page while it is pending. */
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
  depends('app:approval');
  const token = locals.token ?? '';
  const got = await getApproval(token, params.org, params.id);
  if (!got.ok)
    error(got.status === 404 ? 404 : got.status >= 500 ? 503 : got.status, { message: got.detail });
  const approval = got.data;
  if (approval.requesterId !== params.user) error(404, { message: 'Not found.' });
  // To change a service, the agent picks it: listed only where the requester may disclose.
  let services: Service[] = [];
  if (approval.status === 'approved' && approval.action === 'update' && !approval.serviceId) {
    const listed = await listServices(
      token,
      params.org,
      params.user,
      readMfa(url),
      approval.target,
    );
    if (listed.ok) services = listed.data;
  }
  return { approval, services, checkedAt: new Date().toISOString() };
};
